package org.exposurecheck.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Path;
import org.exposurecheck.base.Sha256;
import org.exposurecheck.testsupport.StaticFileServer;
import org.junit.jupiter.api.Test;

/** Keeps the layers of DESIGN §5 visible and the arrows pointing one way. */
@AnalyzeClasses(packages = "org.exposurecheck", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String KEYED_SERVICE = "org.exposurecheck.keyedservice..";
    private static final String[] PURE = {"org.exposurecheck.identity..", "org.exposurecheck.token..", "org.exposurecheck.match.."};

    @ArchTest
    static final ArchRule layersPointOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("base").definedBy("org.exposurecheck.base..")
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
            .layer("app").definedBy("org.exposurecheck.app..")
            .layer("cli").definedBy("org.exposurecheck.cli..")
            .layer("ui").definedBy("org.exposurecheck.ui..")
            .layer("main").definedBy("org.exposurecheck")
            .whereLayer("identity").mayOnlyBeAccessedByLayers("token", "pack", "match", "store", "report", "update", "demo", "bench", "app",
                    "cli", "ui")
            .whereLayer("token").mayOnlyBeAccessedByLayers("pack", "match", "store", "update", "keyedservice", "bench", "app", "cli", "ui")
            .whereLayer("pack").mayOnlyBeAccessedByLayers("match", "store", "report", "update", "demo", "bench", "app", "cli", "ui")
            // update implements match's KeyedLookups, so the network stays in update while match stays pure.
            .whereLayer("match").mayOnlyBeAccessedByLayers("report", "update", "demo", "bench", "app", "cli", "ui")
            .whereLayer("report").mayOnlyBeAccessedByLayers("app", "cli", "ui")
            .whereLayer("store").mayOnlyBeAccessedByLayers("update", "bench", "app", "cli", "ui")
            .whereLayer("update").mayOnlyBeAccessedByLayers("bench", "app", "cli", "ui")
            .whereLayer("app").mayOnlyBeAccessedByLayers("cli", "ui")
            .whereLayer("keyedservice").mayOnlyBeAccessedByLayers("bench", "cli")
            .whereLayer("demo").mayOnlyBeAccessedByLayers("bench", "cli", "ui")
            .whereLayer("bench").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("main")
            .whereLayer("ui").mayOnlyBeAccessedByLayers("main");

    /** No two packages need each other: each can be read, tested and replaced from the bottom up. */
    @ArchTest
    static final ArchRule noCyclesBetweenLayers = slices().matching("org.exposurecheck.(*)..").should().beFreeOfCycles();

    /** Below the front-ends, sub-packages too ({@code pack} and {@code pack.ingest} were one knot before {@code base}). */
    @ArchTest
    static final ArchRule noCyclesBelowTheFrontEnds = slices().matching("org.exposurecheck.(**)").should().beFreeOfCycles()
            .ignoreDependency(JavaClass.Predicates.resideInAnyPackage("org.exposurecheck.ui..", "org.exposurecheck.cli.."),
                    DescribedPredicate.alwaysTrue());

    /** The pure core reads and writes nothing, directly or through a library or the project's own file helpers. */
    @ArchTest
    static final ArchRule coreIsPure = noClasses().that().resideInAnyPackage(PURE)
            .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..", "javax.net..", "java.sql..", "javax.sql..",
                    "org.sqlite..", "javafx..", "okhttp3..", "okio..", "org.jsoup..", "org.netpreserve..")
            .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.(File|FileInputStream|FileOutputStream|FileReader|FileWriter"
                    + "|RandomAccessFile|FileDescriptor)")
            .orShould().dependOnClassesThat().haveNameMatching("java\\.nio\\.channels\\..*")
            .orShould().dependOnClassesThat().haveFullyQualifiedName(ProcessBuilder.class.getName())
            .orShould().callMethod(Runtime.class, "exec", String.class)
            .orShould().dependOnClassesThat().haveNameMatching("org\\.exposurecheck\\.base\\.(AtomicFiles|SmallFiles|CrashPoint)")
            .orShould().callMethod(Sha256.class, "hex", Path.class)
            .because("identity, token and match are pure: no I/O, no network, no UI (DESIGN §5)");

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

    /** Positive controls: each rule catches a violation planted in test code (the planted package is outside the real check). */
    @Test
    void aCoreClassReadingAFileThroughAStreamBreaksThePurityRule() {
        assertThatThrownBy(() -> coreIsPure.check(planted(org.exposurecheck.token.planted.ReadsAFile.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("java.io.FileInputStream");
    }

    @Test
    void aCoreClassFetchingAPageThroughJsoupBreaksThePurityRule() {
        assertThatThrownBy(() -> coreIsPure.check(planted(org.exposurecheck.match.planted.FetchesAPage.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("org.jsoup.Jsoup.connect");
    }

    @Test
    void aCoreClassUsingTheProjectsOwnFileHelperBreaksThePurityRule() {
        assertThatThrownBy(() -> coreIsPure.check(planted(org.exposurecheck.identity.planted.WritesThroughBase.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("AtomicFiles");
    }

    @Test
    void twoPackagesNeedingEachOtherBreakTheCycleRules() {
        JavaClasses knot = planted(org.exposurecheck.plantedknot.NeedsTheOther.class, org.exposurecheck.plantedtie.NeedsTheOne.class);
        assertThatThrownBy(() -> noCyclesBetweenLayers.check(knot)).isInstanceOf(AssertionError.class).hasMessageContaining("Cycle");
        assertThatThrownBy(() -> noCyclesBelowTheFrontEnds.check(knot)).isInstanceOf(AssertionError.class).hasMessageContaining("Cycle");
    }

    @Test
    void aStoreClassOpeningAConnectionBreaksTheNetworkRule() {
        assertThatThrownBy(() -> onlyUpdateTalksToTheNetwork.check(planted(org.exposurecheck.store.planted.OpensAConnection.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("okhttp3");
    }

    private static JavaClasses planted(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
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
