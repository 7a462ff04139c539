package org.plaincaptions.plain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The plain-language engine is pure Java: no JavaFX, nothing from the app's other packages, OpenNLP in one class. */
class PlainArchitectureTest {

    @Test
    void plainPackageUsesNoJavaFxAndNoOtherAppPackage() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.plaincaptions.plain");

        noClasses().that().resideInAPackage("org.plaincaptions.plain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.plaincaptions.app..",
                        "org.plaincaptions.ui..", "org.plaincaptions.audio..", "org.plaincaptions.speech..")
                .check(classes);
    }

    /**
     * OpenNLP stays behind the tagger (decision 0015): the rest of the engine sees tags as strings. Only the
     * build-time converter of its model reads OpenNLP classes (decision 0016); the tagger itself no longer does.
     */
    @Test
    void onlyTheTaggerUsesOpenNlp() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.plaincaptions");

        noClasses().that().doNotHaveFullyQualifiedName(TaggerModelWriter.class.getName())
                .should().dependOnClassesThat().resideInAPackage("opennlp..")
                .check(classes);
    }
}
