package org.exposurecheck.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.exposurecheck.base.Sha256;
import org.exposurecheck.testsupport.StaticFileServer;
import org.junit.jupiter.api.Test;

/** Keeps the layers of DESIGN §5 visible and the arrows pointing one way. */
@AnalyzeClasses(packages = "org.exposurecheck", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String KEYED_SERVICE = "org.exposurecheck.keyedservice..";
    private static final String UI_START = "org.exposurecheck.ui";
    /** The package {@code ui} itself is a slice of its own, beside one slice per package below it. */
    private static final SliceAssignment UI_PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (name.equals(UI_START)) {
                return SliceIdentifier.of("ui (the start)");
            }
            if (!name.startsWith(UI_START + ".")) {
                return SliceIdentifier.ignore();
            }
            return SliceIdentifier.of("ui." + name.substring(UI_START.length() + 1).split("\\.")[0]);
        }

        @Override
        public String getDescription() {
            return "the package ui and each package below it";
        }
    };
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

    /**
     * Inside the app too: the start (the package {@code ui} itself), each screen's package, the shell, the state the screens
     * share and the common helpers can be read and changed on their own (decision 41).
     */
    @ArchTest
    static final ArchRule noCyclesBetweenUiPackages = slices().assignedFrom(UI_PACKAGES).should().beFreeOfCycles();

    /**
     * The start opens the window and may name anything; nothing in {@code ui} names it, not even where no cycle would follow
     * (a screen needing the start is not a cycle while the start does not reach that screen).
     */
    @ArchTest
    static final ArchRule nothingInUiNeedsTheStart = noClasses().that().resideInAPackage("org.exposurecheck.ui..")
            .and().resideOutsideOfPackage(UI_START).should().dependOnClassesThat().resideInAPackage(UI_START);

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

    /**
     * What {@code ui} may name below {@code app}, besides the pure core (which opens nothing, by {@link #coreIsPure}):
     * values it shows or hands back — records, enums, exceptions, keys. A nested class of one listed is allowed too.
     * To show a new value, add it here; a class that opens a file, a database or a connection goes behind {@code app}.
     */
    static final Set<String> VALUES_UI_MAY_NAME = Set.of(
            "org.exposurecheck.pack.Manifest",
            "org.exposurecheck.pack.PackFile$Signed",
            "org.exposurecheck.pack.PublisherKey",
            "org.exposurecheck.pack.photo.PhotoHash",
            "org.exposurecheck.pack.photo.PhotoHasher$NotAPhotoException",
            "org.exposurecheck.pack.photo.PhotoHasher$Reason",
            "org.exposurecheck.store.InstalledPack",
            "org.exposurecheck.store.SkippedPack",
            "org.exposurecheck.store.IndexDamagedException",
            "org.exposurecheck.store.IndexRebuild$Result",
            "org.exposurecheck.store.IndexRebuild$Part",
            "org.exposurecheck.store.IndexRebuild$SetAside",
            // Texts from report's own bundles, as the screens' are from theirs.
            "org.exposurecheck.report.Advice",
            "org.exposurecheck.report.Helplines",
            "org.exposurecheck.report.PrintedSummary",
            "org.exposurecheck.report.SummaryPdf$NoSuitableFontException",
            "org.exposurecheck.update.MirrorAddress",
            "org.exposurecheck.update.ProxySetting",
            "org.exposurecheck.update.PublisherConfirmation",
            "org.exposurecheck.update.Timeouts",
            "org.exposurecheck.update.UpdateException",
            "org.exposurecheck.update.UpdateProgress",
            "org.exposurecheck.update.UpdateRefusal",
            "org.exposurecheck.update.UpdateRequest",
            "org.exposurecheck.update.UpdateSchedule",
            // A value that can also load and save itself: the rule's second half keeps ui off its Path methods.
            "org.exposurecheck.update.UpdateSettings",
            "org.exposurecheck.update.UpdateSummary",
            "org.exposurecheck.update.KeyedServiceAddress",
            // What the vault screens show and hand back; the vault file itself is opened by app.vault.VaultSession.
            "org.exposurecheck.store.vault.CheckHistory",
            "org.exposurecheck.store.vault.Checklist",
            "org.exposurecheck.store.vault.NewSinceLastCheck",
            "org.exposurecheck.store.vault.Passphrase",
            "org.exposurecheck.store.vault.PassphraseStrength",
            "org.exposurecheck.store.vault.RecordChange",
            "org.exposurecheck.store.vault.SavedProfile",
            "org.exposurecheck.store.vault.SeenRecord",
            "org.exposurecheck.store.vault.VaultContents",
            "org.exposurecheck.store.vault.VaultException",
            "org.exposurecheck.store.vault.VaultRefusal");

    private static final DescribedPredicate<JavaClass> CORE_BEHIND_THE_SERVICES = new DescribedPredicate<>(
            "classes below app that are neither the pure core nor values ui may name (ArchitectureTest.VALUES_UI_MAY_NAME)") {
        @Override
        public boolean test(JavaClass type) {
            return belowTheServices(type) && !type.getPackageName().matches("org\\.exposurecheck\\.(identity|token|match)(\\..*)?")
                    && !mayBeNamedByUi(type);
        }
    };

    private static final DescribedPredicate<JavaCall<?>> CORE_CODE_TAKING_A_PATH = new DescribedPredicate<>(
            "code below app that takes a file's path") {
        @Override
        public boolean test(JavaCall<?> call) {
            return belowTheServices(call.getTarget().getOwner()) && call.getTarget().getRawParameterTypes().stream()
                    .anyMatch(parameter -> parameter.isEquivalentTo(Path.class) || parameter.isEquivalentTo(java.io.File.class));
        }
    };

    private static boolean belowTheServices(JavaClass type) {
        return type.getPackageName().startsWith("org.exposurecheck.")
                && !type.getPackageName().matches("org\\.exposurecheck\\.(ui|app|base)(\\..*)?");
    }

    private static boolean mayBeNamedByUi(JavaClass type) {
        return VALUES_UI_MAY_NAME.contains(type.getName()) || type.getEnclosingClass().map(ArchitectureTest::mayBeNamedByUi).orElse(false);
    }

    /**
     * {@code ui} binds and shows; whatever opens a file, a database or a connection is reached through an {@code app}
     * service (decision 27), so the command line and the app do it one way, and the screens stay testable.
     */
    @ArchTest
    static final ArchRule uiReachesTheCoreThroughTheServices = noClasses().that().resideInAPackage("org.exposurecheck.ui..")
            .should().dependOnClassesThat(CORE_BEHIND_THE_SERVICES)
            .orShould().callCodeUnitWhere(CORE_CODE_TAKING_A_PATH)
            .orShould().dependOnClassesThat().haveNameMatching("org\\.exposurecheck\\.base\\.(AtomicFiles|SmallFiles|CrashPoint)")
            .because("ui reaches the core only through the app services (decision 27)");

    /**
     * One class in {@code ui} creates threads, so a screen cannot leave work running that no view model holds (decision 27).
     * Handing work to an {@code Executor} someone else owns (the FX thread's {@code Platform::runLater}) is not starting one.
     */
    @ArchTest
    static final ArchRule oneUiHelperStartsThreads = noClasses().that().resideInAPackage("org.exposurecheck.ui..")
            .and().doNotHaveFullyQualifiedName("org.exposurecheck.ui.common.Background")
            .should().callConstructorWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(JavaClass.Predicates.assignableTo(Thread.class))))
            .orShould().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(JavaClass.Predicates.assignableTo(Thread.class)))
                    .and(JavaCall.Predicates.target(HasName.Predicates.name("start"))))
            .orShould().dependOnClassesThat().haveNameMatching("java\\.util\\.(Timer|concurrent\\.(Executors|.*ExecutorService|.*ThreadPoolExecutor|ForkJoinPool|ThreadFactory))")
            .orShould().dependOnClassesThat().resideInAPackage("javafx.concurrent..")
            .orShould().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(JavaClass.Predicates.equivalentTo(CompletableFuture.class)))
                    .and(JavaCall.Predicates.target(HasName.Predicates.nameMatching(".*Async"))))
            .because("ui.common.Background is the one place in ui that creates threads");

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

    /** Negative control: the thread rule does not catch what starts no thread, so view models may pass the FX thread on. */
    @Test
    void aScreenHandingWorkToTheFxThreadKeepsTheThreadRule() {
        oneUiHelperStartsThreads.check(planted(org.exposurecheck.ui.planted.HandsWorkToTheFxThread.class));
    }

    @Test
    void aScreenAndTheShellNeedingEachOtherBreakTheUiCycleRule() {
        JavaClasses knot = planted(org.exposurecheck.ui.plantedscreen.NeedsTheShell.class, org.exposurecheck.ui.plantedshell.NeedsTheScreen.class);
        assertThatThrownBy(() -> noCyclesBetweenUiPackages.check(knot)).isInstanceOf(AssertionError.class).hasMessageContaining("Cycle");
    }

    /** Positive control: the start and a screen needing each other, which the rule over {@code ui}'s sub-packages alone missed. */
    @Test
    void theStartAndAScreenNeedingEachOtherBreakTheUiCycleRule() {
        JavaClasses knot = planted(org.exposurecheck.ui.plantedscreen.NeedsTheStart.class, org.exposurecheck.ui.PlantedStart.class);
        assertThatCode(() -> slices().matching("org.exposurecheck.ui.(*)..").should().beFreeOfCycles().check(knot))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> noCyclesBetweenUiPackages.check(knot)).isInstanceOf(AssertionError.class).hasMessageContaining("Cycle")
                .hasMessageContaining("ui (the start)");
    }

    @Test
    void aScreenNeedingTheStartBreaksTheStartRule() {
        assertThatThrownBy(() -> nothingInUiNeedsTheStart.check(planted(org.exposurecheck.ui.plantedscreen.NeedsTheStart.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("org.exposurecheck.ui.PlantedStart");
    }

    @Test
    void aStoreClassOpeningAConnectionBreaksTheNetworkRule() {
        assertThatThrownBy(() -> onlyUpdateTalksToTheNetwork.check(planted(org.exposurecheck.store.planted.OpensAConnection.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("okhttp3");
    }

    @Test
    void aScreenOpeningTheStoreItselfBreaksTheServicesRule() {
        assertThatThrownBy(() -> uiReachesTheCoreThroughTheServices.check(planted(org.exposurecheck.ui.planted.RebuildsTheIndex.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("org.exposurecheck.store.IndexRebuild.prepare");
    }

    @Test
    void aScreenAskingAValueToReadItsFileBreaksTheServicesRule() {
        assertThatThrownBy(() -> uiReachesTheCoreThroughTheServices.check(planted(org.exposurecheck.ui.planted.LoadsUpdateSettings.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("UpdateSettings.load(java.nio.file.Path)")
                .hasMessageNotContaining("depends on");
    }

    @Test
    void aScreenStartingItsOwnThreadsBreaksTheThreadRule() {
        assertThatThrownBy(() -> oneUiHelperStartsThreads.check(planted(org.exposurecheck.ui.planted.StartsThreads.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("java.lang.Thread.<init>")
                .hasMessageContaining("java.lang.Thread.start()").hasMessageContaining("java.util.concurrent.Executors");
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
