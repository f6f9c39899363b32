# Shared by installer/build-linux.sh, build-windows.sh and build-macos.sh (sourced, not run):
# the app's jars, a Java runtime made by jlink from an explicit module list, and the jpackage
# options every OS uses. Runs in bash on all three systems (Git Bash on Windows).
#
# Needs a JDK 17 (jlink, jpackage, jdeps and jar from the same JDK the app targets) and Maven.
# Maven resolves the JavaFX jars of the OS it runs on (the org.openjfx parent POM picks the
# classifier - linux, win, mac or mac-aarch64 - from os.name and os.arch), so each OS's
# installer must be built on that OS; there is no cross-building.

set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly work=target/installer
readonly dist=target/dist
readonly description="Checks offline whether your personal data appears in signed dataset packs."

# The Java modules of the bundled runtime, explicit so the installer does not depend on what the
# build machine's JDK happens to hold. `jdeps --print-module-deps` over the app jar and every
# runtime dependency jar (check_runtime_modules below reruns it on every build) reports:
#   java.desktop     javafx.base requires it, and ICU4J links against java.awt.font
#   java.naming      Logback's optional JNDI lookups (its classes link against javax.naming)
#   java.sql         SQLite JDBC; it also brings java.logging and java.xml (Logback's XML config)
#   javafx.controls, javafx.fxml   the window; they bring javafx.base, javafx.graphics, java.scripting
#   jdk.httpserver   `keyed serve`, the publisher's keyed service (115 KB; the app itself never listens)
# and these, which jdeps cannot see because they are looked up by name at run time:
#   jdk.localedata   dates and numbers in zh-HK and zh-CN; java.base alone formats only English
#   jdk.crypto.ec    elliptic-curve keys for TLS (ECDHE), so HTTPS works
# jlink adds what these modules require (jdk.unsupported for javafx.graphics, ...). Left out on
# purpose: jdk.charsets (sources are read as UTF-8 only), and java.net.http, which jdeps reports
# because jsoup links an optional HTTP client; the app only parses HTML with jsoup and never calls it
# (network code is OkHttp, in the update package).
readonly runtime_modules=java.base,java.desktop,java.naming,java.sql,javafx.controls,javafx.fxml,jdk.httpserver,jdk.localedata,jdk.crypto.ec
readonly modules_left_out=java.net.http
readonly runtime_locales=en,zh

# Builds the jar and stages what jpackage takes: $work/input holds the app jar and the
# dependency jars that go on the class path; $work/javafx holds the JavaFX modules for jlink.
stage_app() {
  rm -rf "$work" "$dist"
  mkdir -p "$work/input" "$work/javafx" "$work/dependencies" "$dist"
  mvn -B -q -DskipTests package
  mvn -B -q org.apache.maven.plugins:maven-help-plugin:3.5.2:evaluate \
    -Dexpression=project.version -Doutput="$work/version.txt"
  # jpackage takes only numbers: 0.1.0-SNAPSHOT becomes 0.1.0.
  app_version=$(sed 's/-.*//' "$work/version.txt")
  cp target/original-exposure-check.jar "$work/input/exposure-check.jar"
  mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$work/dependencies"
  local jar
  for jar in "$work"/dependencies/*.jar; do
    case "$(basename "$jar")" in
      javafx-*)
        # Each JavaFX artifact comes as an empty placeholder jar plus the OS's jar with the
        # module descriptor and native libraries; only the latter is a module jlink can link.
        if jar tf "$jar" | grep '^module-info\.class' >/dev/null; then mv "$jar" "$work/javafx/"; fi ;;
      *) mv "$jar" "$work/input/" ;;
    esac
  done
  rm -rf "$work/dependencies"
  keep_own_sqlite_natives
}

# sqlite-jdbc carries native libraries for 25 OS/processor pairs (10 of its 12 MB); an installer is
# built on, and for, one of them, so it keeps only that one. Without zip (Windows runners may lack
# it) the jar stays whole: bigger, but it works.
keep_own_sqlite_natives() {
  local jar os arch
  jar=$(ls "$work"/input/sqlite-jdbc-*.jar)
  case "$(uname -s)" in
    Linux) os=Linux ;;
    Darwin) os=Mac ;;
    MINGW*|MSYS*|CYGWIN*) os=Windows ;;
    *) return ;;
  esac
  case "$(uname -m)" in
    x86_64|amd64) arch=x86_64 ;;
    aarch64|arm64) arch=aarch64 ;;
    *) return ;;
  esac
  if ! command -v zip >/dev/null; then
    echo "zip not found: keeping sqlite-jdbc's native libraries for every OS" >&2
    return
  fi
  jar tf "$jar" | tr -d '\r' | grep '^org/sqlite/native/.*[^/]$' | grep -v "^org/sqlite/native/$os/$arch/" \
    | xargs zip -q -d "$jar"
}

# Fails when the app or a dependency starts to need a module the list above lacks.
check_runtime_modules() {
  local needed module
  # tr: on Windows the JDK tools end their lines with CR LF.
  # The dependencies go on --class-path, as they run: passed as arguments, modular jars such as
  # OkHttp's would be resolved as modules and fail on theirs (okio).
  needed=$(jdeps --print-module-deps --ignore-missing-deps --recursive --multi-release 17 \
    --module-path "$work/javafx" --class-path "$work/input/*" "$work/input/exposure-check.jar" | tr -d '\r')
  for module in ${needed//,/ }; do
    case ",$runtime_modules,$modules_left_out," in
      *",$module,"*) ;;
      *) echo "jdeps says the app now needs $module: add it to runtime_modules in installer/common.sh, with why" >&2
         exit 1 ;;
    esac
  done
}

# Uncompressed (--compress=0): the .deb, .rpm, .msi and .dmg compress the runtime better than
# jlink's zip does (the .deb is 58 MB instead of 73 MB), and classes load without inflating.
# With "start-archive" (Linux), the runtime keeps its java command until add_start_archive has used it.
build_runtime() {
  local strip=--strip-native-commands
  [ "${1:-}" != start-archive ] || strip=
  check_runtime_modules
  jlink --module-path "$work/javafx" --add-modules "$runtime_modules" \
    --include-locales="$runtime_locales" \
    --strip-debug --no-header-files --no-man-pages $strip --compress=0 \
    --output "$work/runtime"
  copy_javafx_native_libraries
}

# The runtime's default class-data archive (lib/server/classes.jsa, which the JVM maps at every start)
# made for this app: the JDK and JavaFX classes its first window loads, parsed and verified once here
# instead of at each start (docs/decisions/0020). The class list comes from one start of the staged app
# on this runtime, under Xvfb, ended by the app itself once its first frame is drawn. Classes from the
# class path (the app's own jars) are left out, because an archive of them would be tied to the
# directory they were dumped from; the runtime's modules are not. Then the java command goes, as
# --strip-native-commands would have removed it. Linux only, since the training start needs an X server.
add_start_archive() {
  local list="$work/start.classlist" log="$work/start-archive.log"
  if ! command -v xvfb-run >/dev/null; then
    skipped+=("the runtime's start-up class archive, since training it needs xvfb-run and GTK 3: apt-get install xvfb libgtk-3-0")
  else
    mkdir -p "$work/training-data"
    xvfb-run -a env XDG_DATA_HOME="$work/training-data" "$work/runtime/bin/java" -XX:DumpLoadedClassList="$list" \
      -Dexposurecheck.firstFrameProbe=true -cp "$work/input/*" org.exposurecheck.Main >"$log" 2>&1 \
      || { echo "the training start for the class archive failed; its output is in $log" >&2; exit 1; }
    "$work/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$list" \
      -XX:SharedArchiveFile="$work/runtime/lib/server/classes.jsa" >>"$log" 2>&1 \
      || { echo "dumping the class archive failed; its output is in $log" >&2; exit 1; }
    "$work/runtime/bin/java" -Xshare:on -cp "$work/input/*" org.exposurecheck.Main --version >/dev/null \
      || { echo "the runtime does not accept its own class archive" >&2; exit 1; }
    rm -rf "$work/training-data"
  fi
  rm -rf "$work/runtime/bin"
}

# JavaFX looks for its native libraries in the runtime first (lib/, or bin/javafx on Windows) and
# otherwise unpacks them from the module into ~/.openjfx/cache on first start. Copying them in
# keeps the installed app from writing into the user's home and saves that step at start-up.
copy_javafx_native_libraries() {
  local repo=$PWD unpacked="$work/javafx-natives" target="$work/runtime/lib" graphics
  case "$(uname -s)" in MINGW* | MSYS* | CYGWIN*) target="$work/runtime/bin/javafx" ;; esac
  graphics=$(ls "$work"/javafx/javafx-graphics-*.jar)
  mkdir -p "$unpacked" "$target"
  (cd "$unpacked" && jar xf "$repo/$graphics")
  find "$unpacked" -maxdepth 1 -type f \( -name '*.so' -o -name '*.dylib' -o -name '*.dll' \) -exec cp {} "$target/" \;
  rm -rf "$unpacked"
}

# The jpackage options shared by every OS; call after stage_app.
jpackage_common_options() {
  jpackage_common=(
    --app-version "$app_version"
    --vendor "Exposure Check"
    --copyright "Copyright the Exposure Check contributors"
    --description "$description"
    --input "$work/input"
    --main-jar exposure-check.jar
    --main-class org.exposurecheck.Main
    --runtime-image "$work/runtime"
    --dest "$dist"
  )
}
