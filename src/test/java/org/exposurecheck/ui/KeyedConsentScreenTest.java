package org.exposurecheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.keyedservice.KeyedService;
import org.exposurecheck.keyedservice.RateLimits;
import org.exposurecheck.keyedservice.ServiceSettings;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.store.PackStore;
import org.exposurecheck.testsupport.Socks5TestProxy;
import org.exposurecheck.token.keyed.VoprfEvaluator;
import org.exposurecheck.token.keyed.VoprfPrivateKey;
import org.exposurecheck.ui.common.I18n;
import org.exposurecheck.ui.shell.Screen;
import org.exposurecheck.update.ProxySetting;
import org.exposurecheck.update.UpdateSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 11 in the app: keyed lookups are opt-in per dataset on the Datasets screen, in plain words, and a check makes
 * them only with that consent, through the proxy saved for updates. The pack names a loopback address that counts every
 * connection made to it directly (there must never be one); the saved SOCKS proxy records what it is asked for and relays
 * to a real keyed service on loopback.
 */
@ExtendWith(ApplicationExtension.class)
class KeyedConsentScreenTest {
    /** A teacher whose record pairs name only with e-mail (and date of birth): pairs that ship keyed, never offline. */
    private static final String TEACHER_NAME = KeyedAppPacks.TEACHER_NAME;
    private static final String TEACHER_EMAIL = KeyedAppPacks.TEACHER_EMAIL;

    @TempDir
    static Path dir;
    static byte[] pack;
    static SigningKey publisher;
    static ServerSocket directTrap;
    static final AtomicInteger directConnections = new AtomicInteger();
    static KeyedService service;
    static String serviceHost;

    private Stage stage;
    private UiDriver ui;

    @BeforeAll
    static void buildAKeyedPackAndStartItsService() throws Exception {
        directTrap = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread counter = new Thread(() -> {
            while (!directTrap.isClosed()) {
                try (Socket accepted = directTrap.accept()) {
                    directConnections.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "direct-connection-trap");
        counter.setDaemon(true);
        counter.start();
        VoprfPrivateKey key = VoprfPrivateKey.generate(new SecureRandom());
        service = KeyedService.start(new ServiceSettings("127.0.0.1", 0, 2, 64, RateLimits.DEFAULT, false, Duration.ofSeconds(1)),
                new VoprfEvaluator(key, new SecureRandom()));
        serviceHost = "127.0.0.1:" + directTrap.getLocalPort();
        publisher = SigningKey.generate(new SecureRandom());
        pack = KeyedAppPacks.build("Keyed leak", "http://" + serviceHost + "/", publisher, key);
    }

    @AfterAll
    static void stop() throws IOException, InterruptedException {
        service.stop();
        directTrap.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void withoutConsentACheckOpensNoConnectionAndSaysWhatItDidNotLookUp() throws Exception {
        try (Socks5TestProxy proxy = new Socks5TestProxy(service.address())) {
            Path data = installedWithProxy("no-consent", proxy);
            open(data);
            ui.toForm();
            checkTheTeacher();

            assertThat(ui.text("#summary")).isEqualTo("None of your details were found in the datasets checked.");
            assertThat(ui.allText("#keyedGaps")).startsWith("Not checked in Keyed leak: name + email address")
                    .contains("you have not allowed online lookups for it.");
            ui.assertVisible("#allowLookups-keyed");
            assertThat(proxy.targets()).as("nothing was asked of the proxy").isEmpty();
            assertThat(directConnections.get()).as("nothing connected directly").isZero();

            // A short window, so the consent lies below the fold of the Datasets screen (the next test gets its height back).
            double height = stage.getHeight();
            ui.robot.interact(() -> stage.setHeight(420));
            ui.click("#allowLookups-keyed");
            ui.waitForFocus("#allowKeyed-keyed");
            CheckBox allow = ui.node("#allowKeyed-keyed");
            assertThat(allow.isSelected()).as("off until the person ticks it").isFalse();
            javafx.geometry.Bounds box = allow.localToScene(allow.getBoundsInLocal());
            assertThat(box.getMinY()).as("the box is in sight").isGreaterThanOrEqualTo(0);
            assertThat(box.getMaxY()).as("the box is in sight").isLessThanOrEqualTo(stage.getScene().getHeight());
            ui.robot.interact(() -> stage.setHeight(height));
        }
    }

    @Test
    void withConsentTheCheckAsksTheServiceThroughTheProxyFindsAKeyedOnlyDetailAndTheConsentSurvivesARestart() throws Exception {
        try (Socks5TestProxy proxy = new Socks5TestProxy(service.address())) {
            Path data = installedWithProxy("consent", proxy);
            open(data);
            ui.toForm();
            ui.robot.interact(() -> ui.window.show(Screen.PACKS));
            ui.waitFor("#allowKeyed-keyed");
            CheckBox allow = ui.node("#allowKeyed-keyed");
            assertThat(allow.isSelected()).isFalse();
            assertThat(allow.getAccessibleText()).contains("Allow online lookups for Keyed leak")
                    .contains("your details are blinded before they leave this computer; the service learns that someone checked, and when");
            ui.click("#allowKeyed-keyed");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(((CheckBox) ui.node("#allowKeyed-keyed")).isSelected()).isTrue();
            assertThat(proxy.targets()).as("consenting connects nothing by itself").isEmpty();

            // A restart: a new app on the same data directory remembers the answer.
            open(data);
            ui.toForm();
            ui.robot.interact(() -> ui.window.show(Screen.PACKS));
            ui.waitFor("#allowKeyed-keyed");
            assertThat(((CheckBox) ui.node("#allowKeyed-keyed")).isSelected()).as("consent survives a restart").isTrue();
            ui.robot.interact(() -> ui.window.show(Screen.FORM));
            checkTheTeacher();

            assertThat(ui.text("#summary")).as(ui.allText("#keyedGaps")).isEqualTo("2 of your details appear in 1 dataset.");
            assertThat(ui.node("#keyedGaps").isVisible()).isFalse();
            assertThat(proxy.targets()).as("the lookup went through the proxy saved for updates").isNotEmpty()
                    .allMatch(target -> target.endsWith(serviceHost));
            assertThat(directConnections.get()).as("and never around it").isZero();
        }
    }

    @Test
    void aServiceThatCannotBeReachedLeavesTheOfflineResultAndOneSentenceOfWhatWasNotChecked() throws Exception {
        InetSocketAddress nowhere;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            nowhere = new InetSocketAddress(InetAddress.getLoopbackAddress(), closed.getLocalPort());
        }
        try (Socks5TestProxy proxy = new Socks5TestProxy(nowhere)) {
            Path data = installedWithProxy("down", proxy);
            try (PackStore store = PackStore.open(data)) {
                store.setKeyedConsent(store.load(Instant.now()).packs().get(0), true);
            }
            open(data);
            ui.toForm();
            ui.type("name", KeyedAppPacks.STUDENT_NAME);
            ui.type("phone", KeyedAppPacks.STUDENT_PHONE);
            ui.robot.interact(() -> ui.context.session().form().addRow(IdentifierType.PLATE).valueProperty().set(KeyedAppPacks.STUDENT_PLATE));
            ui.checkAndWait();

            assertThat(ui.text("#summary")).as("the offline pairs were still checked").isEqualTo("2 of your details appear in 1 dataset.");
            assertThat(ui.allText("#keyedGaps")).startsWith("Not checked in Keyed leak: name + car number plate. ")
                    .contains("Everything else was checked.");
            assertThat(robotHasNo("#allowLookups-keyed")).as("the person allowed it; nothing to allow").isTrue();
        }
    }

    @Test
    void theConsentIsInPlainWordsInEachLanguage() throws Exception {
        try (Socks5TestProxy proxy = new Socks5TestProxy(service.address())) {
            open(installedWithProxy("languages", proxy));
            ui.toForm();
            ui.robot.interact(() -> ui.window.show(Screen.PACKS));
            ui.waitFor("#keyedOffer-keyed");
            assertThat(ui.allText("#keyedOffer-keyed")).contains("your details are blinded before they leave this computer;"
                    + " the service learns that someone checked, and when").contains("Lookup service: " + serviceHost + ".")
                    .contains("at most 200,000 lookups a day");
            for (Locale language : List.of(I18n.TRADITIONAL_HK, I18n.SIMPLIFIED)) {
                ui.robot.interact(() -> ui.context.i18n().localeProperty().set(language));
                ui.waitFor("#keyedOffer-keyed");
                String card = ui.allText("#keyedOffer-keyed");
                assertThat(card).as("%s", language).contains(serviceHost).contains("200,000")
                        .contains(language.getCountry().equals("HK") ? "你的資料在離開這部電腦之前會先經過盲化處理；服務只會知道有人查詢過及查詢的時間"
                                : "你的资料在离开这台电脑之前会先经过盲化处理；服务只会知道有人查询过以及查询的时间");
                assertThat(((CheckBox) ui.node("#allowKeyed-keyed")).getAccessibleText()).as("%s", language).contains(serviceHost);
            }
        }
    }

    private boolean robotHasNo(String query) {
        return ui.robot.lookup(query).tryQuery().isEmpty();
    }

    private void checkTheTeacher() throws Exception {
        ui.type("name", TEACHER_NAME);
        ui.type("email", TEACHER_EMAIL);
        ui.checkAndWait();
    }

    /** The window of a freshly started app on {@code data}. */
    private void open(Path data) {
        UiDriver driver = new UiDriver(data, new FxRobot());
        driver.robot.interact(() -> driver.open(stage));
        WaitForAsyncUtils.waitForFxEvents();
        ui = driver;
    }

    private static Path installedWithProxy(String name, Socks5TestProxy proxy) throws Exception {
        Path data = dir.resolve(name);
        KeyedAppPacks.install(data, pack, publisher);
        UpdateSettings.DEFAULT.withProxy(Optional.of(ProxySetting.parse("socks5://127.0.0.1:" + proxy.port()))).save(data);
        return data;
    }
}
