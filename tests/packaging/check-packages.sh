#!/bin/sh
# Builds the packages with cpack into a scratch folder and checks them with the real tools.
#   check-packages.sh <cpack> <build dir> <source dir> <scratch dir> <version>
# The app is started from the unpacked packages, so a display is needed: run it under
# run_headless (Xvfb + D-Bus session + unlocked keyring), as ctest is run in this project.
set -u

cpack=$1 build=$2 source=$3 scratch=$4 version=$5
app_id=dev.tokendesk.TokenDesk
failures=0
started=$(date +%s)

say() { printf '== %s\n' "$*"; }
pass() { printf 'PASS   : %s\n' "$*"; }
fail() {
    printf 'FAIL!  : %s\n' "$*"
    failures=$((failures + 1))
}
# check <description> <command...>: passes when the command exits 0.
check() {
    description=$1
    shift
    if "$@"; then pass "$description"; else fail "$description"; fi
}

for tool in lintian desktop-file-validate appstreamcli dpkg-deb dpkg-shlibdeps rpm rpmbuild file man col; do
    command -v "$tool" >/dev/null 2>&1 || {
        echo "FAIL!  : $tool is not installed (scripts/setup.sh installs it)"
        exit 1
    }
done
if [ -z "${DISPLAY:-}" ]; then
    echo "FAIL!  : no DISPLAY: run the packaging test under run_headless (Xvfb)"
    exit 1
fi

rm -rf "$scratch"
mkdir -p "$scratch/out" "$scratch/home"
scratch=$(cd "$scratch" && pwd -P)

say "cpack (DEB, RPM, TGZ)"
if ! "$cpack" --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1; then
    cat "$scratch/cpack.log"
    fail "cpack builds the packages"
    exit 1
fi
deb=$scratch/out/tokendesk_${version}_$(dpkg --print-architecture).deb
rpm=$scratch/out/tokendesk-${version}-1.$(uname -m).rpm
tgz=$scratch/out/tokendesk-${version}-Linux.tar.gz
for package in "$deb" "$rpm" "$tgz"; do
    check "produced $(basename "$package")" test -s "$package"
done
[ -s "$deb" ] || exit 1
pass "packages built in $(($(date +%s) - started)) s"

say "lintian"
lintian --fail-on error --display-info --tag-display-limit 0 "$deb" >"$scratch/lintian.log" 2>&1
lintian_status=$?
grep -v 'running with root privileges' "$scratch/lintian.log"
check "lintian reports no errors ($(grep -c '^E:' "$scratch/lintian.log") errors, $(grep -c '^W:' "$scratch/lintian.log") warnings, $(grep -c '^I:' "$scratch/lintian.log") infos)" \
    test "$lintian_status" -eq 0

say "control fields"
depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
check "Depends comes from dpkg-shlibdeps (libqt6core6, libqt6widgets6, libc6) and names libssl3 (libcrypto is loaded at run time)" \
    sh -c 'for p in libqt6core6 libqt6widgets6 libqt6keychain1 libssl3 libc6; do echo "$1" | grep -q "\\b$p\\b" || exit 1; done' sh "$depends"
check "Version is $version" test "$(dpkg-deb --field "$deb" Version)" = "$version"

say "file list"
root=$scratch/root
dpkg-deb -x "$deb" "$root"
expected=$scratch/expected-files
{
    echo usr/bin/tokendesk
    echo usr/bin/tokendesk-cli
    echo usr/lib/tokendesk/tokendesk-app.so
    echo usr/share/applications/$app_id.desktop
    echo usr/share/metainfo/$app_id.metainfo.xml
    echo usr/share/icons/hicolor/scalable/apps/$app_id.svg
    for size in 16 24 32 48 64 128 256; do
        echo usr/share/icons/hicolor/${size}x$size/apps/$app_id.png
    done
    for language in en de fr ja; do
        echo usr/share/tokendesk/translations/tokendesk_$language.qm
    done
    echo usr/share/man/man1/tokendesk.1.gz
    echo usr/share/man/man1/tokendesk-cli.1.gz
    echo usr/share/doc/tokendesk/copyright
    echo usr/share/doc/tokendesk/changelog.gz
} | sort >"$expected"
(cd "$root" && find . -type f | sed 's|^\./||' | sort) >"$scratch/actual-files"
if diff -u "$expected" "$scratch/actual-files"; then
    pass "the .deb holds exactly the $(wc -l <"$expected") expected files"
else
    fail "the .deb's file list"
fi
for size in 16 24 32 48 64 128 256; do
    png=$root/usr/share/icons/hicolor/${size}x$size/apps/$app_id.png
    file "$png" | grep -q "PNG image data, $size x $size," || fail "icon $size x $size: $(file -b "$png")"
done
pass "the PNG icons have their sizes"
for binary in bin/tokendesk bin/tokendesk-cli lib/tokendesk/tokendesk-app.so; do
    check "usr/$binary is stripped" sh -c 'file -b "$1" | grep -q ", stripped"' sh "$root/usr/$binary"
done

say "desktop file and AppStream metainfo"
check "desktop-file-validate" desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
check "appstreamcli validate --no-net" \
    appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml"
check "the metainfo's newest release is $version" \
    grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml"
check "the changelog's newest entry is $version" \
    sh -c 'gzip -dc "$1" | head -1 | grep -q "^tokendesk ($2) "' sh \
    "$root/usr/share/doc/tokendesk/changelog.gz" "$version"

say "man pages"
for page in tokendesk tokendesk-cli; do
    gz=$root/usr/share/man/man1/$page.1.gz
    warnings=$(LC_ALL=C.UTF-8 man --warnings -l "$gz" 2>&1 >/dev/null)
    check "man --warnings -l $page.1.gz: no warnings" test -z "$warnings"
    [ -z "$warnings" ] || echo "$warnings"
    check "$page.1 is the page of version $version" \
        sh -c 'gzip -dc "$1" | grep "^\.TH " | grep -q "\"TokenDesk $2\""' sh "$gz" "$version"
    # Every option the program's --help lists is described in its page.
    rendered=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$gz" 2>/dev/null | col -b)
    options=$("$root/usr/bin/$page" --help 2>/dev/null | grep -o -- '--[a-z][a-z-]*' | sort -u)
    if [ "$page" = tokendesk-cli ]; then # and the --help of every tokens subcommand
        options=$({ echo "$options"
                    for sub in list create revoke rotate; do
                        "$root/usr/bin/$page" tokens $sub --help 2>/dev/null
                    done | grep -o -- '--[a-z][a-z-]*'; } | sort -u)
    fi
    missing=""
    for option in $options; do
        echo "$rendered" | grep -q -- "$option" || missing="$missing $option"
    done
    check "$page.1 describes every option of $page --help ($(echo $options | wc -w) options)$missing" \
        test -z "$missing" -a -n "$options"
done

say "the installed programs"
# A home of their own: settings written by the app stay in the scratch folder.
app_env() {
    env HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" \
        XDG_CACHE_HOME="$scratch/home/.cache" XDG_DATA_HOME="$scratch/home/.local/share" "$@"
}
output=$(app_env "$root/usr/bin/tokendesk" --version 2>&1)
check "usr/bin/tokendesk --version prints \"tokendesk $version\" (got \"$output\")" \
    test "$output" = "tokendesk $version"
output=$(app_env "$root/usr/bin/tokendesk-cli" --help 2>&1)
check "usr/bin/tokendesk-cli --help exits 0 with the usage" \
    sh -c '"$1" --help >/dev/null && echo "$2" | grep -q "^Usage: tokendesk-cli inspect"' sh \
    "$root/usr/bin/tokendesk-cli" "$output"

# first_paint <executable> <log>: starts the app in German; it must open its window and exit 0.
first_paint() {
    app_env LC_ALL=de_DE.UTF-8 QT_LOGGING_RULES='tokendesk.*.debug=false;tokendesk.gui.debug=true' \
        timeout 60 "$1" --exit-after-first-paint >"$2" 2>&1
}
# translations_from <log>: the folder the app says it loaded its translations from, and the language.
translations_from() { sed -n 's/^tokendesk\.gui: translations from //p' "$1"; }

installed=$root/usr/share/tokendesk/translations
t0=$(date +%s%N)
first_paint "$root/usr/bin/tokendesk" "$scratch/app.log"
status=$?
check "usr/bin/tokendesk --exit-after-first-paint opens its window and exits 0 (status $status, $((($(date +%s%N) - t0) / 1000000)) ms)" \
    test "$status" -eq 0
[ "$status" -eq 0 ] || cat "$scratch/app.log"
# The program that shows the first window links only what that window needs; the rest of
# TokenDesk (usr/lib/tokendesk/tokendesk-app.so) is loaded after the first paint.
needed=$(readelf -d "$root/usr/bin/tokendesk" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | tr '\n' ' ')
check "usr/bin/tokendesk needs none of Qt Network, Qt Network Authorization, Qt SVG, OpenSSL and QtKeychain (NEEDED: $needed)" \
    sh -c 'echo "$1" | grep -q libQt6Widgets && ! echo "$1" | grep -Eq "libQt6Network|libQt6NetworkAuth|libQt6Svg|libcrypto|libssl|libqt6keychain"' sh "$needed"
at_paint=$(sed -n 's/^first-paint-library //p' "$scratch/app.log" | tr '\n' ' ')
check "none of them is loaded when the first window is painted ($(sed -n 's/^first-paint-libraries //p' "$scratch/app.log") libraries then)" \
    sh -c 'echo "$1" | grep -q libQt6Widgets && ! echo "$1" | grep -Eq "libQt6Network|libQt6Svg|libcrypto|libqt6keychain|tokendesk-app"' sh "$at_paint"
check "then it loads usr/lib/tokendesk/tokendesk-app.so and starts it" \
    grep -q "^tokendesk.gui: loaded .*/usr/bin/../lib/tokendesk/tokendesk-app.so" "$scratch/app.log"
module_needed=$(readelf -d "$root/usr/lib/tokendesk/tokendesk-app.so" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | tr '\n' ' ')
check "tokendesk-app.so does not link OpenSSL either: libcrypto is loaded when a signature is first checked (NEEDED: $module_needed)" \
    sh -c 'echo "$1" | grep -q libQt6Network && ! echo "$1" | grep -Eq "libcrypto|libssl"' sh "$module_needed"
check "the installed app loads German from $installed (log: $(translations_from "$scratch/app.log"))" \
    test "$(translations_from "$scratch/app.log")" = "$installed language de"

say "the tarball"
mkdir -p "$scratch/tarball"
tar -xzf "$tgz" -C "$scratch/tarball"
unpacked=$scratch/tarball/tokendesk-$version-Linux
output=$(app_env "$unpacked/bin/tokendesk-cli" --version 2>&1)
check "tarball bin/tokendesk-cli --version (got \"$output\")" test "$output" = "tokendesk-cli $version"
first_paint "$unpacked/bin/tokendesk" "$scratch/tarball.log"
status=$?
check "tarball bin/tokendesk opens its window (status $status)" test "$status" -eq 0
check "the unpacked app loads its translations from share/tokendesk/translations beside bin/ (log: $(translations_from "$scratch/tarball.log"))" \
    test "$(translations_from "$scratch/tarball.log")" = "$unpacked/share/tokendesk/translations language de"

say "the RPM"
check "rpm -qpl lists /usr/bin/tokendesk" sh -c 'rpm -qpl "$1" 2>/dev/null | grep -qx /usr/bin/tokendesk' sh "$rpm"
check "rpm -qpl lists the 4 translations" \
    test "$(rpm -qpl "$rpm" 2>/dev/null | grep -c '^/usr/share/tokendesk/translations/tokendesk_.*\.qm$')" -eq 4
check "the RPM's requirements: generated (libQt6Widgets.so.6) and libcrypto.so.3, loaded at run time" \
    sh -c 'r=$(rpm -qp --requires "$1" 2>/dev/null); echo "$r" | grep -q "^libQt6Widgets.so.6" && echo "$r" | grep -q "^libcrypto.so.3"' sh "$rpm"

say "the translations folder really is the one used"
# Without the German file in the installed folder, English is used, although German is compiled in.
rm "$installed/tokendesk_de.qm"
first_paint "$root/usr/bin/tokendesk" "$scratch/no-german.log"
check "without usr/share/tokendesk/translations/tokendesk_de.qm: English (log: $(translations_from "$scratch/no-german.log"))" \
    test "$(translations_from "$scratch/no-german.log")" = "$installed language en"
# Without the folder, the compiled-in copies.
rm -r "$installed"
first_paint "$root/usr/bin/tokendesk" "$scratch/no-folder.log"
check "without usr/share/tokendesk/translations: the compiled-in copies (log: $(translations_from "$scratch/no-folder.log"))" \
    test "$(translations_from "$scratch/no-folder.log")" = ":/i18n language de"

elapsed=$(($(date +%s) - started))
if [ "$failures" -eq 0 ]; then
    echo "Totals: all checks passed in $elapsed s"
    rm -rf "$scratch"
    exit 0
fi
echo "Totals: $failures checks failed in $elapsed s (scratch kept: $scratch)"
exit 1
