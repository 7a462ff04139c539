package org.plaincaptions.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering in STYLE.md: only ui.* and app know JavaFX, only share knows the web server; the pipeline knows nothing of either. */
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

    /** The web server library stays behind the share package (docs/decisions/0060). */
    @ArchTest
    static final ArchRule onlyTheSharePackageUsesTheWebServer = noClasses()
            .that().resideOutsideOfPackage("org.plaincaptions.share..")
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..");

    /** Sharing is a receiver of pipeline events like any other: the pipeline does not know it. */
    @ArchTest
    static final ArchRule thePipelineDoesNotKnowAboutSharing = noClasses()
            .that().resideInAnyPackage("org.plaincaptions.pipeline..", "org.plaincaptions.captions..",
                    "org.plaincaptions.speech..", "org.plaincaptions.audio..", "org.plaincaptions.plain..",
                    "org.plaincaptions.session..")
            .should().dependOnClassesThat().resideInAPackage("org.plaincaptions.share..");

    @ArchTest
    static final ArchRule thePlainLanguageStageStandsAlone = noClasses()
            .that().resideInAPackage("org.plaincaptions.plain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.plaincaptions.audio..",
                    "org.plaincaptions.speech..", "org.plaincaptions.pipeline..", "org.plaincaptions.captions..",
                    "org.plaincaptions.cli..");

    /** Publishing is a receiver like sharing: the pipeline does not know it, nor does the laptop's server (docs/decisions/0065). */
    @ArchTest
    static final ArchRule thePipelineAndTheLaptopsServerDoNotKnowAboutPublishing = noClasses()
            .that().resideInAnyPackage("org.plaincaptions.pipeline..", "org.plaincaptions.captions..",
                    "org.plaincaptions.speech..", "org.plaincaptions.audio..", "org.plaincaptions.plain..",
                    "org.plaincaptions.session..", "org.plaincaptions.share..")
            .should().dependOnClassesThat().resideInAPackage("org.plaincaptions.publish..");

    /** Only the publisher talks to an edge: HTTP client code stays in one place. */
    @ArchTest
    static final ArchRule onlyThePublisherUsesAnHttpClient = noClasses()
            .that().resideOutsideOfPackage("org.plaincaptions.publish..")
            .should().dependOnClassesThat().resideInAPackage("java.net.http..");
}
