#!/usr/bin/env bash
# Assembles the base images of the platform's containers, without a Docker daemon or a registry:
#   target/base-jre.tar        Debian bookworm's C library, time zones and CA certificates, a jlinked
#                              Temurin 25 runtime at /opt/java, user nonroot (65532)
#   target/base-jre-fonts.tar  the same plus fontconfig, FreeType and DejaVu, for Java2D text
#                              rendering (the content service)
# and target/base-<module>.tar, a link per image to the base it builds on (what the Maven profile
# `image` reads: tar://…/deploy/images/target/base-${project.artifactId}.tar).
#
# Docker-format image tars (manifest.json + config.json + one layer per part), which Jib reads as a
# base (it does not read OCI-layout tars). Reproducible: the same packages and JDK give the same
# bytes (sorted entries, mtime 0, numeric owners); target/packages.txt records the versions used.
#
# Needs: a Debian-family machine with apt sources (apt-get download, dpkg-deb; run `apt-get update`
# once), a Temurin 25 JDK (JAVA_HOME), tar, sha256sum. Runs as any user. Takes a few seconds once
# the packages are downloaded (kept in target/debs).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
out="$here/target"
java_home="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

# The runtime's modules: what Spring Boot 4, Tomcat, JDBC, Kafka (SASL), Lettuce, Jackson, the
# Azure SDK and Java2D need, plus diagnostics (JFR, JMX, jcmd attach) and Korean locale data.
modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,\
java.management.rmi,java.naming,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,\
java.security.sasl,java.sql,java.transaction.xa,java.xml,java.xml.crypto,jdk.attach,jdk.charsets,\
jdk.crypto.cryptoki,jdk.jcmd,jdk.jfr,jdk.localedata,jdk.management,jdk.management.jfr,jdk.naming.dns,\
jdk.net,jdk.security.auth,jdk.security.jgss,jdk.unsupported,jdk.zipfs

os_packages=(base-files netbase libc6 libgcc-s1 zlib1g tzdata ca-certificates libc-bin)
font_packages=(libfontconfig1 fontconfig-config libfreetype6 libexpat1 libpng16-16 libbrotli1 libuuid1
  fonts-dejavu-core)

# module → base; every module not listed builds on base-jre
declare -A base_of=([content-service]=base-jre-fonts)
image_modules=(user-service event-service ai-service content-service participation-service
  distribution-service analytics-service web)

deterministic_tar() { # deterministic_tar <dir> <out.tar>
  tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner --format=posix \
    --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime \
    -C "$1" -cf "$2" .
}

download() { # download <dir> <package…>
  mkdir -p "$1"
  (cd "$1" && for package in "${@:2}"; do
    # as root apt cannot drop to its sandbox user in this folder: say so instead of warning
    ls "${package}"_*.deb >/dev/null 2>&1 || apt-get download -q $([ "$(id -u)" = 0 ] && echo -o APT::Sandbox::User=root) "$package" >/dev/null
  done)
}

unpack() { # unpack <rootfs> <debs dir> <package…>
  for package in "${@:3}"; do
    dpkg-deb -x "$(ls "$2/${package}"_*.deb | head -1)" "$1"
  done
  # what nobody reads in a container
  rm -rf "$1"/usr/share/doc "$1"/usr/share/man "$1"/usr/share/info "$1"/usr/share/lintian \
    "$1"/usr/share/locale "$1"/usr/share/bug "$1"/usr/share/common-licenses
}

rm -rf "$out/work" && mkdir -p "$out/work" "$out/debs"
download "$out/debs" "${os_packages[@]}" "${font_packages[@]}"
(cd "$out/debs" && for deb in *.deb; do dpkg-deb -f "$deb" Package Version | sed 's/^[A-Za-z]*: //' | paste -sd' '; done) \
  | sort > "$out/packages.txt"
"$java_home/bin/java" -version 2>&1 | head -1 >> "$out/packages.txt"

# layer 1: the operating system files
os="$out/work/os"
mkdir -p "$os"
unpack "$os" "$out/debs" "${os_packages[@]}"
# libc-bin brings tools and every locale archive: keep only the C.UTF-8 locale (LANG=C.UTF-8 gives
# UTF-8 native.encoding only with it)
find "$os/usr/lib/locale" -mindepth 1 -maxdepth 1 ! -name C.utf8 -exec rm -rf {} +
rm -rf "$os/sbin" "$os/usr/sbin" "$os/usr/bin" "$os/bin"
mkdir -p "$os/etc/ssl/certs" "$os/home/nonroot" "$os/tmp"
# the CA bundle update-ca-certificates would assemble, from the certificates the package ships
find "$os/usr/share/ca-certificates" -name '*.crt' | sort | xargs cat > "$os/etc/ssl/certs/ca-certificates.crt"
cat > "$os/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin
nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin
EOF
cat > "$os/etc/group" <<'EOF'
root:x:0:
nobody:x:65534:
nonroot:x:65532:
EOF
ln -sf /usr/share/zoneinfo/UTC "$os/etc/localtime"
chmod 1777 "$os/tmp"
chmod 755 "$os/home/nonroot"

# layer 2: the Java runtime
java="$out/work/java"
mkdir -p "$java/opt"
"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --compress=zip-6 --output "$java/opt/java"

# layer 3 (content service): fonts and the libraries AWT loads for text
fonts="$out/work/fonts"
mkdir -p "$fonts"
unpack "$fonts" "$out/debs" "${font_packages[@]}"

image() { # image <name> <layer dir…>
  local name="$1" dir="$out/work/$1" layers=() diff_ids=()
  mkdir -p "$dir"
  for layer in "${@:2}"; do
    deterministic_tar "$out/work/$layer" "$dir/$layer.tar"
    layers+=("\"$layer.tar\"")
    diff_ids+=("\"sha256:$(sha256sum "$dir/$layer.tar" | cut -d' ' -f1)\"")
  done
  # the runtime configuration Jib inherits: non-root user, JAVA_HOME, UTF-8, a writable HOME
  cat > "$dir/config.json" <<EOF
{"architecture":"amd64","os":"linux","created":"1970-01-01T00:00:00Z",
 "config":{"User":"65532:65532","WorkingDir":"/home/nonroot",
  "Env":["PATH=/opt/java/bin:/usr/local/bin:/usr/bin:/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8",
   "HOME=/home/nonroot","SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt"]},
 "rootfs":{"type":"layers","diff_ids":[$(IFS=,; echo "${diff_ids[*]}")]}}
EOF
  cat > "$dir/manifest.json" <<EOF
[{"Config":"config.json","RepoTags":["kt-event-marketing/$name:25"],"Layers":[$(IFS=,; echo "${layers[*]}")]}]
EOF
  local files=(manifest.json config.json)
  for layer in "${@:2}"; do files+=("$layer.tar"); done
  tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner --format=posix \
    --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime \
    -C "$dir" -cf "$out/$name.tar" "${files[@]}"
}
image base-jre os java
image base-jre-fonts os java fonts

for module in "${image_modules[@]}"; do
  ln -sfn "${base_of[$module]:-base-jre}.tar" "$out/base-$module.tar"
done
rm -rf "$out/work"

for name in base-jre base-jre-fonts; do
  printf '%-16s %4d MB  sha256:%s\n' "$name" "$(( $(stat -c %s "$out/$name.tar") / 1024 / 1024 ))" \
    "$(sha256sum "$out/$name.tar" | cut -d' ' -f1)"
done
