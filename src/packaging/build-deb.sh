#!/usr/bin/env bash
# Builds target/dist/eco-kiosk_<version>_amd64.deb (mvn -B -Pdeb -DskipTests package runs this).
#
# 1. jpackage --type app-image: the launcher /opt/eco-kiosk/bin/eco-kiosk and a jlinked Java
#    runtime (modules from jdeps plus the locale data, extra charsets and EC crypto used at run
#    time), with the jar, its runtime libraries (exactly the jar's Class-Path) and content/.
#    The launcher carries the JVM options of src/main/resources/launcher/jvm-options.
# 2. A staging tree around it: the systemd unit (cage kiosk session with watchdog), the PAM stack
#    of that session, the maintainer scripts, the config template, the kiosk's environment
#    (src/main/resources/launcher/environment, for the unit and /usr/bin/eco-kiosk), licences, docs.
# 3. dpkg-deb --root-owner-group: every file root-owned in the archive, so no fakeroot is needed
#    (dpkg-deb >= 1.19); the kiosk account and its folders are made by postinst.
# Needs: JDK 17+ with jpackage and jdeps, dpkg-deb (package dpkg; on non-Debian hosts dpkg).
set -euo pipefail

build_dir=$1   # ${project.build.directory}
version=$2     # ${project.version}
basedir=$3     # ${project.basedir}
packaging="$basedir/src/packaging"

for tool in jpackage jdeps jar dpkg-deb; do
    command -v "$tool" >/dev/null || { echo "build-deb: '$tool' not found (needs a JDK 17+ and dpkg-deb)" >&2; exit 1; }
done

app_version=${version%-SNAPSHOT}          # jpackage wants digits and dots
deb_version=${DEB_VERSION:-$app_version}  # DEB_VERSION=0.1.1 builds an upgrade for testing
work="$build_dir/jpackage"
input="$work/input"
image="$work/image"
stage="$work/stage"
dist="$build_dir/dist"
rm -rf "$work"
mkdir -p "$input/lib" "$image" "$stage" "$dist"

# the jar and exactly the libraries its manifest names (target/lib may hold leftovers)
cp "$build_dir/eco-kiosk.jar" "$input/"
(cd "$work" && jar xf "$build_dir/eco-kiosk.jar" META-INF/MANIFEST.MF)
classpath=$(tr -d '\r' < "$work/META-INF/MANIFEST.MF" | sed -e ':a' -e 'N' -e '$!ba' -e 's/\n //g' \
    | sed -n 's/^Class-Path: //p')
for entry in $classpath; do
    cp "$build_dir/$entry" "$input/lib/"
done
cp -r "$basedir/content" "$input/content"
cp "$packaging/app/logging.properties" "$input/"

modules=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 \
    --class-path "$input/lib/*" "$input/eco-kiosk.jar")
modules="$modules,java.desktop,java.naming,java.xml,jdk.charsets,jdk.crypto.ec,jdk.localedata,jdk.zipfs"
echo "build-deb: runtime modules $modules"

# the kiosk's JVM options and its environment live in one file each, which the benchmarks read too
launcher="$basedir/src/main/resources/launcher"
jvm_options=()
while IFS= read -r option; do
    jvm_options+=(--java-options "$option")
done < <(bash "$packaging/launcher-options.sh" "$launcher/jvm-options")
[ ${#jvm_options[@]} -gt 0 ] || { echo "build-deb: no JVM options read from $launcher/jvm-options" >&2; exit 1; }

jpackage --type app-image --name eco-kiosk --app-version "$app_version" \
    --vendor "Shapingba District" --copyright "AGPL-3.0-or-later; see /usr/share/doc/eco-kiosk" \
    --description "Shapingba environmental information kiosk" \
    --input "$input" --main-jar eco-kiosk.jar --main-class org.ecokiosk.cli.Launcher \
    --add-modules "$modules" \
    --jlink-options "--strip-debug --no-man-pages --no-header-files --compress=2 --generate-cds-archive" \
    --java-options "-Decokiosk.config=/etc/eco-kiosk/kiosk.properties" \
    --java-options "-Decokiosk.log.dir=/var/log/eco-kiosk" \
    --java-options "-Djava.util.logging.config.file=\$APPDIR/logging.properties" \
    --java-options "-Dfile.encoding=UTF-8" \
    --java-options "-XX:+ExitOnOutOfMemoryError" \
    "${jvm_options[@]}" \
    --dest "$image"

# the staging tree: what dpkg installs
install -d "$stage/opt" "$stage/DEBIAN" "$stage/lib/systemd/system" "$stage/etc/pam.d" "$stage/usr/bin" \
    "$stage/usr/share/eco-kiosk" "$stage/usr/share/doc/eco-kiosk"
cp -a "$image/eco-kiosk" "$stage/opt/eco-kiosk"
install -m 0644 "$packaging/systemd/eco-kiosk.service" "$stage/lib/systemd/system/"
install -m 0644 "$packaging/pam/eco-kiosk" "$stage/etc/pam.d/eco-kiosk"
install -m 0755 "$packaging/bin/eco-kiosk" "$stage/usr/bin/eco-kiosk"
# the kiosk's environment: the unit's EnvironmentFile= and /usr/bin/eco-kiosk read it
install -m 0644 "$launcher/environment" "$stage/usr/share/eco-kiosk/environment"
# the one configuration file, with the paths of an installed kiosk and no demo PIN
sed -e 's#^snapshot.store=.*#snapshot.store=/var/lib/eco-kiosk/snapshots#' \
    -e 's#^content.dir=.*#content.dir=/opt/eco-kiosk/lib/app/content#' \
    -e 's#^state.dir=.*#state.dir=/var/lib/eco-kiosk#' \
    -e 's#^admin.pin.hash=.*#admin.pin.hash=#' \
    -e '/^# DEMO PIN/d' \
    "$basedir/kiosk-config/kiosk.properties" > "$stage/usr/share/eco-kiosk/kiosk.properties"
for doc in LICENSE THIRD-PARTY.txt OFL.txt README.md; do
    install -m 0644 "$basedir/$doc" "$stage/usr/share/doc/eco-kiosk/"
done
install -m 0644 "$basedir/docs/INSTALL.md" "$stage/usr/share/doc/eco-kiosk/"
cat > "$stage/usr/share/doc/eco-kiosk/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: eco-kiosk
Source: the eco-kiosk repository at the commit this package was built from (see README.md, "Licence")

Files: *
License: AGPL-3.0-or-later
 The full text is in /usr/share/doc/eco-kiosk/LICENSE. Third-party components and their
 licences: /usr/share/doc/eco-kiosk/THIRD-PARTY.txt; the Noto Sans SC font: OFL.txt.
COPYRIGHT

for script in postinst prerm postrm; do
    install -m 0755 "$packaging/deb/$script" "$stage/DEBIAN/$script"
done
echo "/etc/pam.d/eco-kiosk" > "$stage/DEBIAN/conffiles"
installed_kb=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
sed -e "s/@VERSION@/$deb_version/" -e "s/@INSTALLED_SIZE@/$installed_kb/" \
    "$packaging/deb/control" > "$stage/DEBIAN/control"

deb="$dist/eco-kiosk_${deb_version}_amd64.deb"
rm -f "$deb"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb"
echo "build-deb: $deb ($(du -h "$deb" | cut -f1))"
