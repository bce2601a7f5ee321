#!/usr/bin/env bash
# Builds huzhu-kiosk_<version>_amd64.deb and huzhu-server_<version>_amd64.deb (ADR 0020) from the jars that
# `./mvnw package` left in kiosk-app/target and server/target. Run by `./mvnw -Pinstaller package` (installer/pom.xml).
# Usage: build-debs.sh VERSION REPO_ROOT OUT_DIR [COMPRESSION]
#   COMPRESSION: xz (default: the smallest .deb) or gzip (a quarter of the time, a larger .deb; the install test's
#   "newer build", whose size nobody downloads).
#
# Per package: jdeps names the JDK modules the jars use, jlink makes a runtime of only those, jpackage --type deb
# wraps runtime + jars with our maintainer scripts (--resource-dir), and the .deb is then opened once to add what
# jpackage has no option for: the systemd unit (and, for the kiosk, its PAM file), so that dpkg owns them.
set -euo pipefail

version="${1:?version}"
root="$(cd "${2:?repository root}" && pwd)"
out="${3:?output folder}"
version="${version%-SNAPSHOT}"
compression="${4:-xz}"
here="$root/installer/src"
work="$out/work"

step() { printf '[build-debs] %s\n' "$*"; }

# The toolchain JDK 25 (the same one bin/java25 finds), whose jlink and jpackage we need; Maven may run on 17.
jdk="${TOOLCHAIN_JAVA_HOME:-$("$root/bin/java25" -XshowSettings:properties -version 2>&1 \
  | sed -n 's/^ *java.home = //p')}"
for tool in jdeps jlink jpackage; do
  [ -x "$jdk/bin/$tool" ] || { echo "build-debs: $jdk/bin/$tool is missing; a full JDK 25 is needed" >&2; exit 2; }
done
for tool in fakeroot dpkg-deb zip; do
  command -v "$tool" >/dev/null || { echo "build-debs: '$tool' is missing (apt-get install $tool)" >&2; exit 2; }
done

rm -rf "$work"
mkdir -p "$work" "$out"

# Copies a module's jar and lib/ into DIR, keeping only the Linux x86-64 natives of the jars that carry every
# platform's (OpenCV alone carries 280 MB of them): this package runs on amd64 Debian only.
stage_jars() {
  local target="$1" jar="$2" dir="$3"
  [ -f "$target/$jar" ] || { echo "build-debs: $target/$jar is missing; build with ./mvnw -Pinstaller package" >&2; exit 2; }
  mkdir -p "$dir/lib"
  cp "$target/$jar" "$dir/"
  cp "$target"/lib/*.jar "$dir/lib/"
  local lib
  for lib in "$dir"/lib/opencv-*.jar; do
    [ -f "$lib" ] && zip -q -d "$lib" 'nu/pattern/opencv/linux/ARMv*' 'nu/pattern/opencv/osx/*' \
      'nu/pattern/opencv/windows/*' >/dev/null
  done
  for lib in "$dir"/lib/sqlite-jdbc-*.jar; do
    [ -f "$lib" ] && unzip -Z1 "$lib" 'org/sqlite/native/*' | grep -v '^org/sqlite/native/Linux/x86_64/' \
      | grep -v '/$' | zip -q -d "$lib" -@ >/dev/null || true
  done
  for lib in "$dir"/lib/jna-[0-9]*.jar; do
    [ -f "$lib" ] && unzip -Z1 "$lib" 'com/sun/jna/*/*' | grep -E '^com/sun/jna/[a-z]+-[^/]+/' \
      | grep -v '^com/sun/jna/linux-x86-64/' | zip -q -d "$lib" -@ >/dev/null || true
  done
  # Stored, not deflated: xz then compresses the classes and natives inside (the .deb shrinks by a fifth), and the
  # JVM reads stored entries without inflating them. Jar signatures (BouncyCastle's) are dropped: the JVM keeps no
  # class of a signed jar in the start-up cache (900 of BouncyCastle's, on the kiosk's way to its first screen), checks
  # each entry's digest as it loads it, and OpenJDK asks no signature of a security provider. What vouches for these
  # jars on a kiosk is the package itself.
  local unpacked="$work/unpacked"
  for lib in "$dir"/lib/*.jar "$dir/$jar"; do
    rm -rf "$unpacked" && mkdir -p "$unpacked"
    unzip -q "$lib" -d "$unpacked"
    rm -f "$unpacked"/META-INF/*.SF "$unpacked"/META-INF/*.RSA "$unpacked"/META-INF/*.DSA "$unpacked"/META-INF/*.EC
    rm "$lib"
    (cd "$unpacked" && zip -q -0 -r -X "$lib" .)
  done
  rm -rf "$unpacked"
}

# The JDK modules the jars use, plus EXTRA (those found by reflection or service lookup, which jdeps cannot see).
modules_of() {
  local dir="$1" jar="$2" extra="$3"
  local found
  found="$("$jdk/bin/jdeps" --multi-release 25 --ignore-missing-deps --print-module-deps \
    --class-path "$dir/lib/*" "$dir/$jar" 2>/dev/null | tail -n 1)"
  [ -n "$found" ] || { echo "build-debs: jdeps found no modules for $jar" >&2; exit 2; }
  echo "$found,$extra"
}

# jlink: only the modules asked for, no debug attributes or native debug symbols, headers or man pages, locales English and
# Chinese only. Left uncompressed (zip-0): the .deb's xz compresses the class files far better than jlink's zip.
link_runtime() {
  local modules="$1" dest="$2"
  local strip_native=()
  command -v objcopy >/dev/null && strip_native+=(--strip-native-debug-symbols "objcopy=$(command -v objcopy)")
  "$jdk/bin/jlink" --add-modules "$modules" --strip-java-debug-attributes "${strip_native[@]}" --no-header-files --no-man-pages \
    --compress=zip-0 --include-locales=en,zh --output "$dest"
}

# jpackage --type deb, then the unit files added and the file renamed to name_version_amd64.deb. DEPS: what the
# runtime loads without jpackage seeing it (GTK, fonts, libv4l through JNA, ...), added to jpackage's own Depends;
# JAVA_OPTION (optional): one more JVM option for the launcher.
package_deb() {
  local name="$1" input="$2" jar="$3" runtime="$4" deps="$5" description="$6"
  local java_options="${7:-}"
  local extra=()
  [ -n "$deps" ] && extra+=(--linux-package-deps "$deps")
  [ -n "$java_options" ] && extra+=(--java-options "$java_options")
  local resources="$here/deb/${name#huzhu-}"
  local dest="$work/$name-deb"
  # jpackage's own .deb is only opened again below: written uncompressed, it takes seconds instead of a minute.
  DPKG_DEB_COMPRESSOR_TYPE=none "$jdk/bin/jpackage" --type deb --name "$name" --app-version "$version" --linux-app-release 1 \
    --input "$input" --main-jar "$jar" --runtime-image "$runtime" --install-dir /opt \
    --java-options '--enable-native-access=ALL-UNNAMED' --java-options '-Dfile.encoding=UTF-8' \
    "${extra[@]}" --resource-dir "$resources/debian" \
    --description "$description" --vendor "Huzhu" --linux-deb-maintainer "huzhu@localhost" \
    --linux-app-category misc --dest "$dest"
  local built
  built="$(ls "$dest"/*.deb)"
  local tree="$work/$name-tree"
  rm -rf "$tree"
  dpkg-deb -R "$built" "$tree"
  cp -a "$resources/files/." "$tree/"
  # Files under /etc are configuration: dpkg keeps an edited copy on upgrade and removes it only on purge.
  (cd "$tree" && find etc -type f 2>/dev/null | sed 's|^|/|') >> "$tree/DEBIAN/conffiles" || true
  [ -s "$tree/DEBIAN/conffiles" ] || rm -f "$tree/DEBIAN/conffiles"
  sed -i "s/^Version: .*/Version: $version/" "$tree/DEBIAN/control"
  sed -i "s/^Installed-Size: .*/Installed-Size: $(du -sk --exclude=DEBIAN "$tree" | cut -f1)/" "$tree/DEBIAN/control"
  fakeroot dpkg-deb "-Z$compression" -b "$tree" "$out/${name}_${version}_amd64.deb" >/dev/null
  rm -rf "$tree" "$dest"
  step "$out/${name}_${version}_amd64.deb: $(du -h "$out/${name}_${version}_amd64.deb" | cut -f1)"
}

step "JDK $jdk, version $version"

step "kiosk: staging jars"
stage_jars "$root/kiosk-app/target" huzhu-kiosk.jar "$work/kiosk-input"
# Beyond what jdeps sees: java.smartcardio (card readers, found through a provider), jdk.charsets (GBK text on ID
# cards, looked up by name), jdk.localedata (Chinese dates and numbers), jdk.unsupported (sun.misc.Unsafe, which
# JavaFX and JNA reach by reflection).
kiosk_modules="$(modules_of "$work/kiosk-input" huzhu-kiosk.jar \
  java.smartcardio,jdk.charsets,jdk.localedata,jdk.unsupported)"
step "kiosk: jlink $kiosk_modules"
link_runtime "$kiosk_modules" "$work/kiosk-runtime"
package_deb huzhu-kiosk "$work/kiosk-input" huzhu-kiosk.jar "$work/kiosk-runtime" \
  "libgtk-3-0, fonts-wqy-microhei, pcscd, libv4l-0, espeak-ng, cage, xwayland, libpam-systemd, xvfb, xauth" \
  "Huzhu community-centre kiosk: card and face sign-in, bookings and a signed time-bank journal"

step "server: staging jars"
stage_jars "$root/server/target" huzhu-server.jar "$work/server-input"
server_modules="$(modules_of "$work/server-input" huzhu-server.jar jdk.charsets,jdk.localedata,jdk.unsupported)"
step "server: jlink $server_modules"
link_runtime "$server_modules" "$work/server-runtime"
# The server draws PDFs (java.desktop) but never a window or a sound: without AWT's X11, splash and sound libraries
# it runs headless, and jpackage no longer finds X11 or ALSA to depend on.
rm -f "$work"/server-runtime/lib/{libawt_xawt,libjawt,libsplashscreen,libjsound}.so
package_deb huzhu-server "$work/server-input" huzhu-server.jar "$work/server-runtime" "" \
  "Huzhu sync server: receives and countersigns the kiosks' journals" -Djava.awt.headless=true

rm -rf "$work"
