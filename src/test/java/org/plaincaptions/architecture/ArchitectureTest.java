package org.plaincaptions.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering in STYLE.md: only ui.* and app know JavaFX; the pipeline knows nothing of the UI. */
@AnalyzeClasses(packages = "org.plaincaptions", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheUiAndAppUseJavaFx = noClasses()
            .that().resideOutsideOfPackages("org.plaincaptions.ui..", "org.plaincaptions.app..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule logicDoesNotReachIntoTheUi = noClasses()
            .that().resideOutsideOfPackages("org.plaincaptions.ui..", "org.plaincaptions.app..")
            .should().dependOnClassesThat().resideInAnyPackage("org.plaincaptions.ui..", "org.plaincaptions.app..");

    @ArchTest
    static final ArchRule thePlainLanguageStageStandsAlone = noClasses()
            .that().resideInAPackage("org.plaincaptions.plain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.plaincaptions.audio..",
                    "org.plaincaptions.speech..", "org.plaincaptions.pipeline..", "org.plaincaptions.captions..",
                    "org.plaincaptions.cli..");
}
