package org.ecokiosk.kiosk;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Scene;
import javafx.util.Duration;
import org.ecokiosk.config.KioskConfig;
import org.ecokiosk.config.PinGuard;
import org.ecokiosk.kiosk.i18n.Messages;
import org.ecokiosk.evaluation.AgeLimits;
import org.ecokiosk.kiosk.screens.AirScreen;
import org.ecokiosk.kiosk.viewmodel.AirViewModel;
import org.ecokiosk.kiosk.screens.AttractScreen;
import org.ecokiosk.kiosk.screens.ComingScreen;
import org.ecokiosk.kiosk.screens.EnvironmentScreen;
import org.ecokiosk.kiosk.screens.FacilitiesScreen;
import org.ecokiosk.kiosk.screens.GreenScreen;
import org.ecokiosk.kiosk.screens.NewsScreen;
import org.ecokiosk.kiosk.screens.TownsScreen;
import org.ecokiosk.kiosk.screens.HomeScreen;
import org.ecokiosk.kiosk.screens.NoiseScreen;
import org.ecokiosk.kiosk.screens.PlanTargetsScreen;
import org.ecokiosk.kiosk.screens.WaterScreen;
import org.ecokiosk.kiosk.session.SnapshotSession;
import org.ecokiosk.kiosk.shell.AdminEntry;
import org.ecokiosk.kiosk.shell.ContrastTheme;
import org.ecokiosk.kiosk.shell.IdleMonitor;
import org.ecokiosk.kiosk.shell.KioskShell;
import org.ecokiosk.kiosk.shell.Navigator;
import org.ecokiosk.kiosk.shell.TextScale;
import org.ecokiosk.kiosk.viewmodel.AttractViewModel;
import org.ecokiosk.kiosk.viewmodel.FacilitiesViewModel;
import org.ecokiosk.kiosk.viewmodel.GreenViewModel;
import org.ecokiosk.kiosk.viewmodel.HomeViewModel;
import org.ecokiosk.kiosk.viewmodel.NoiseViewModel;
import org.ecokiosk.kiosk.viewmodel.PlanTargetsViewModel;
import org.ecokiosk.kiosk.viewmodel.WaterViewModel;
import org.ecokiosk.kiosk.viewmodel.NewsViewModel;
import org.ecokiosk.kiosk.viewmodel.TownsViewModel;
import org.ecokiosk.model.Language;

/**
 * Wires the kiosk from its parts: config, the open snapshot, screens, shell, idle loop.
 * Kept apart from the Application; the composition root (cli.KioskRoot) builds it for the kiosk,
 * the previews and the tests alike, so tests drive exactly what residents see.
 */
public final class KioskAssembly {
    public static final String STYLESHEET = "/org/ecokiosk/kiosk/kiosk.css";
    public static final String ENVIRONMENT_STYLESHEET = "/org/ecokiosk/kiosk/screens-environment.css";
    /** The eco-towns, facilities, news and attract screens' rules (kept apart to ease parallel work). */
    public static final String COMMUNITY_STYLESHEET = "/org/ecokiosk/kiosk/screens-community.css";

    /** The pause between home's figures on screen and the start of the preparation. */
    static final Duration PREPARE_AFTER = Duration.seconds(1);

    private final KioskShell shell;
    private final IdleMonitor idle;
    private final AttractScreen attract;
    private final Navigator navigator;
    private final HomeScreen home;
    private Scene scene;

    /**
     * @param pinCheck checks a PIN (blocking: PBKDF2 and the audit line; run here off the FX thread)
     * @param admin    admin mode behind the PIN; empty for a preview, whose menu offers only "exit"
     * @param clock    what "today" is for open days and publish dates (fixed in tests and previews)
     */
    public KioskAssembly(KioskConfig config, SnapshotSession session, double screenHeight, Runnable onExit,
                         Function<char[], PinGuard.Outcome> pinCheck, Optional<AdminHandover> admin, Clock clock) {
        KioskFonts.load();
        Messages messages = new Messages();
        navigator = new Navigator();
        TextScale scale = new TextScale(screenHeight);
        ContrastTheme theme = new ContrastTheme();
        // home and the air screen share one air view model: the latest AQI is read and computed once
        AgeLimits ageLimits = new AgeLimits(java.time.Duration.ofHours(config.staleHourlyHours()), config.staleDailyDays());
        AirViewModel air = new AirViewModel(clock, ageLimits);
        // home shows one live figure of each screen from that screen's own view model (read and judged
        // once); the models are made here, the screens on first use
        WaterViewModel water = new WaterViewModel();
        NoiseViewModel noise = new NoiseViewModel();
        GreenViewModel green = new GreenViewModel();
        PlanTargetsViewModel plan = new PlanTargetsViewModel();
        FacilitiesViewModel facilities = new FacilitiesViewModel(clock);
        NewsViewModel newsModel = new NewsViewModel(clock);
        TownsViewModel towns = new TownsViewModel(clock);
        home = new HomeScreen(messages, navigator, scale, config.screenOrder(), session,
                new HomeViewModel(air, water, noise, green, plan, facilities, newsModel, towns));
        navigator.register(home);
        // the other screens are built on first use (a visit, or the preparation while home idles):
        // the first frame waits for home alone. Pages with charts redraw them in the contrast
        // palette with the rest of the page.
        navigator.register("plan", () -> new PlanTargetsScreen(messages, session, scale, plan));
        navigator.register("air", () -> followingContrast(theme, new AirScreen(messages, session, scale, air)));
        navigator.register("water", () -> followingContrast(theme, new WaterScreen(messages, session, scale, water)));
        navigator.register("noise", () -> followingContrast(theme, new NoiseScreen(messages, session, scale, noise)));
        navigator.register("green", () -> followingContrast(theme, new GreenScreen(messages, session, scale, green)));
        Supplier<NewsScreen> news = once(() -> new NewsScreen(messages, session, newsModel, scale, theme));
        // 阅读全文 follows a link: 返回 then leads back to the eco-towns, not to the news list
        navigator.register("towns", () -> new TownsScreen(messages, session, towns, slug -> {
            navigator.open("news");
            news.get().openSlug(slug, navigator::back);
        }));
        navigator.register("facilities", () -> new FacilitiesScreen(messages, session, facilities));
        navigator.register("news", news);
        for (String id : config.screenOrder()) {
            if (!navigator.has(id)) {
                navigator.register(id, () -> new ComingScreen(id, messages, navigator));
            }
        }
        shell = new KioskShell(messages, session, navigator, scale, theme,
                Language.fromCode(config.defaultLanguage()), config.zone(),
                pin -> CompletableFuture.supplyAsync(() -> pinCheck.apply(pin)), onExit,
                admin.map(this::entryTo));
        attract = new AttractScreen(messages, session, new AttractViewModel(clock, ageLimits));
        shell.setAttract(attract);
        // left alone: first everything is reset, then the attract loop runs until the next touch
        idle = new IdleMonitor(Duration.seconds(config.idleSeconds()), shell::enterAttract);
        navigator.home();
    }

    private static <S extends EnvironmentScreen<?>> S followingContrast(ContrastTheme theme, S page) {
        page.followContrast(theme);
        return page;
    }

    /** {@code factory}'s one product, made on the first call (on the FX thread, as screens are). */
    private static <T> Supplier<T> once(Supplier<T> factory) {
        return new Supplier<>() {
            private T made;

            @Override
            public T get() {
                if (made == null) {
                    made = factory.get();
                }
                return made;
            }
        };
    }

    /** The kiosk's idle loop must not run behind admin mode; coming back restarts it. */
    private AdminEntry entryTo(AdminHandover admin) {
        return () -> {
            idle.stop();
            admin.enter(scene, this::backFromAdmin);
        };
    }

    /** Admin mode ended: the kiosk takes its window back, as the next visitor should find it. */
    private void backFromAdmin() {
        scene.setRoot(shell.root());
        shell.resetForNextVisitor();
        idle.restart();
    }

    public Scene createScene(double width, double height) {
        // the window's shape is known now: the text size and home's layout follow it from the first frame
        shell.textScale().fitWindow(width, height);
        home.fitWindow(height, shell.textScale());
        Scene scene = new Scene(shell.root(), width, height);
        install(scene);
        FirstFrame.filledWhen(scene, home.filled());
        return scene;
    }

    /** Adds the stylesheet and starts watching the scene for a visitor's touches. */
    public void install(Scene scene) {
        this.scene = scene;
        scene.getStylesheets().add(KioskAssembly.class.getResource(STYLESHEET).toExternalForm());
        scene.getStylesheets().add(KioskAssembly.class.getResource(ENVIRONMENT_STYLESHEET).toExternalForm());
        scene.getStylesheets().add(KioskAssembly.class.getResource(COMMUNITY_STYLESHEET).toExternalForm());
        idle.watch(scene);
        // the first frame is home alone, then home's figures; then, while home idles, the other
        // screens get ready (started earlier, their building took the FX thread from home's figures)
        home.filled().thenRun(() -> shell.prepareScreensWhenIdle(PREPARE_AFTER));
    }

    /** Completes once every screen is ready for a first visit (the benchmark waits for it, as a resident would walk up). */
    public java.util.concurrent.CompletableFuture<Void> prepared() {
        return shell.screensPrepared();
    }

    /** After a hot swap: every screen reloads from the new snapshot. Call on the FX thread. */
    public void snapshotChanged() {
        navigator.snapshotChanged();
        shell.prepareScreensWhenIdle(PREPARE_AFTER);
    }

    /**
     * Stops what runs on its own (the idle timer, the attract loop) so nothing asks the session
     * for work after it closes. Call on the FX thread before closing the session.
     */
    public void close() {
        idle.stop();
        shell.shutdown();
    }

    public KioskShell shell() {
        return shell;
    }

    public AttractScreen attract() {
        return attract;
    }

    public IdleMonitor idle() {
        return idle;
    }
}
