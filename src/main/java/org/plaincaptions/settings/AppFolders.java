package org.plaincaptions.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Plain Captions keeps things on this computer: settings (config), sessions (data) and logs
 * (state). XDG folders on Linux, the usual places on Windows and macOS. Nothing leaves the machine.
 */
public record AppFolders(Path config, Path data, Path state) {
    private static final String APP = "plain-captions";

    public static AppFolders forThisUser() {
        return of(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static AppFolders of(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path roaming = env(env, "APPDATA", home.resolve("AppData").resolve("Roaming"));
            Path local = env(env, "LOCALAPPDATA", home.resolve("AppData").resolve("Local"));
            return new AppFolders(roaming.resolve("Plain Captions"), local.resolve("Plain Captions"),
                    local.resolve("Plain Captions").resolve("Logs"));
        }
        if (os.startsWith("mac")) {
            Path library = home.resolve("Library");
            return new AppFolders(library.resolve("Preferences").resolve("Plain Captions"),
                    library.resolve("Application Support").resolve("Plain Captions"),
                    library.resolve("Logs").resolve("Plain Captions"));
        }
        return new AppFolders(
                env(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve(APP),
                env(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share")).resolve(APP),
                env(env, "XDG_STATE_HOME", home.resolve(".local").resolve("state")).resolve(APP));
    }

    /** XDG says a relative or empty value must be ignored. */
    private static Path env(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank() || !Path.of(value).isAbsolute()) {
            return fallback;
        }
        return Path.of(value);
    }
}
