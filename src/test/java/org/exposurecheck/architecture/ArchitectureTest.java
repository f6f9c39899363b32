package org.exposurecheck.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.exposurecheck.testsupport.StaticFileServer;
import org.junit.jupiter.api.Test;

/** Keeps the layers of DESIGN §5 visible and the arrows pointing one way. */
@AnalyzeClasses(packages = "org.exposurecheck", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String KEYED_SERVICE = "org.exposurecheck.keyedservice..";
    private static final String[] PURE = {"org.exposurecheck.identity..", "org.exposurecheck.token..", "org.exposurecheck.match.."};

    @ArchTest
    static final ArchRule layersPointOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("identity").definedBy("org.exposurecheck.identity..")
            .layer("token").definedBy("org.exposurecheck.token..")
            .layer("pack").definedBy("org.exposurecheck.pack..")
            .layer("match").definedBy("org.exposurecheck.match..")
            .layer("store").definedBy("org.exposurecheck.store..")
            .layer("report").definedBy("org.exposurecheck.report..")
            .layer("update").definedBy("org.exposurecheck.update..")
            .layer("keyedservice").definedBy("org.exposurecheck.keyedservice..")
            .layer("demo").definedBy("org.exposurecheck.demo..")
            .layer("bench").definedBy("org.exposurecheck.bench..")
            .layer("cli").definedBy("org.exposurecheck.cli..")
            .layer("ui").definedBy("org.exposurecheck.ui..")
            .layer("main").definedBy("org.exposurecheck")
            .whereLayer("identity").mayOnlyBeAccessedByLayers("token", "pack", "match", "store", "report", "update", "demo", "bench", "cli", "ui")
            .whereLayer("token").mayOnlyBeAccessedByLayers("pack", "match", "store", "update", "keyedservice", "bench", "cli", "ui")
            .whereLayer("pack").mayOnlyBeAccessedByLayers("match", "store", "report", "update", "demo", "bench", "cli", "ui")
            // update implements match's KeyedLookups, so the network stays in update while match stays pure.
            .whereLayer("match").mayOnlyBeAccessedByLayers("report", "update", "demo", "bench", "cli", "ui")
            .whereLayer("report").mayOnlyBeAccessedByLayers("cli", "ui")
            .whereLayer("store").mayOnlyBeAccessedByLayers("update", "bench", "cli", "ui")
            .whereLayer("update").mayOnlyBeAccessedByLayers("bench", "cli", "ui")
            .whereLayer("keyedservice").mayOnlyBeAccessedByLayers("bench", "cli")
            .whereLayer("demo").mayOnlyBeAccessedByLayers("bench", "cli", "ui")
            .whereLayer("bench").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("main")
            .whereLayer("ui").mayOnlyBeAccessedByLayers("main");

    @ArchTest
    static final ArchRule coreIsPure = noClasses().that().resideInAnyPackage(PURE)
            .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..", "java.sql..", "javafx..", "okhttp3..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
            .because("identity, token and match are pure: no I/O, no UI");

    @ArchTest
    static final ArchRule onlyUiUsesJavaFx = noClasses().that().resideOutsideOfPackage("org.exposurecheck.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    /** Class-path resources are URLs too; what is banned is opening connections and sockets. */
    @ArchTest
    static final ArchRule onlyUpdateTalksToTheNetwork = noClasses().that().resideOutsideOfPackage("org.exposurecheck.update..")
            .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "okio..", "java.net.http..", "javax.net..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.DatagramSocket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Proxy")
            .orShould().dependOnClassesThat().haveNameMatching("java\\.nio\\.channels\\.(Asynchronous)?(Socket|Datagram)Channel")
            .orShould().callMethod(java.net.URL.class, "openConnection")
            .orShould().callMethod(java.net.URL.class, "openStream")
            .because("the update package is the only one that may open a connection (DESIGN §5), and only when asked");

    /** The publisher's keyed service is the one server: nothing else may listen, not even the update package. */
    @ArchTest
    static final ArchRule onlyTheKeyedServiceListens = noClasses().that().resideOutsideOfPackage(KEYED_SERVICE)
            .should().dependOnClassesThat().resideInAnyPackage("com.sun.net.httpserver..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
            .orShould().dependOnClassesThat().haveNameMatching("java\\.nio\\.channels\\.(Asynchronous)?ServerSocketChannel")
            .because("only `keyed serve` accepts connections; the app and the other commands never listen");

    @ArchTest
    static final ArchRule addressesOnlyWhereTheNetworkIs = noClasses().that()
            .resideOutsideOfPackages("org.exposurecheck.update..", KEYED_SERVICE)
            .should().dependOnClassesThat().haveFullyQualifiedName("java.net.InetAddress")
            .because("looking a name up is network traffic too");

    /** Positive control: the rule really catches a server outside the keyed service (here, a test's file server). */
    @Test
    void aServerOutsideTheKeyedServiceBreaksTheListeningRule() {
        JavaClasses testServer = new ClassFileImporter().importClasses(StaticFileServer.class);

        assertThatThrownBy(() -> onlyTheKeyedServiceListens.check(testServer)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("com.sun.net.httpserver");
    }

    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses().that().resideOutsideOfPackage("org.exposurecheck.cli..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("everything else logs through SLF4J, which never receives personal values");

    @ArchTest
    static final ArchRule oneLoggingApi = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.util.logging..", "org.apache.log4j..", "org.apache.logging..");

    @ArchTest
    static final ArchRule noStackTracesToTheConsole = noClasses().should().callMethod(Throwable.class, "printStackTrace");
}
