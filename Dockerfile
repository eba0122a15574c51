# slimline's own image: the released jar on a jlink'd Java 21 runtime, with the docker client and Compose v2,
# assembled from Debian packages into an empty root the way distroless images are made (no shell, no apt).
#
#   ./mvnw -B -DskipTests package && DOCKER_BUILDKIT=1 docker build -t slimline .
#
# The jar is built first (release 21, by the JDK that builds the release) and copied in, so the image ships the
# same jar whose sha256 the release publishes. Its runtime comes from Debian 13 (trixie): Debian 12 packages only
# OpenJDK 17, which cannot run Java 21 bytecode, while Debian 13 has OpenJDK 21, the docker client alone
# (docker-cli, 30 MB) and Compose v2. The first stage only uses Debian's apt to fetch them; nothing of it ships.
# Usage with the host's engine: docs/image.md.
FROM debian:bookworm-slim AS rootfs
ARG SUITE=trixie
# The mirror already configured is kept (a company mirror keeps working); only the suite changes. The JDK's
# install script links its man page, so the directory a slim base trims must exist; jlink strips with objcopy.
RUN find /etc/apt -name sources.list -o -name '*.sources' | xargs sed -i "s/bookworm/${SUITE}/g" \
 && apt-get update \
 && mkdir -p /usr/share/man/man1 \
 && apt-get install -y --no-install-recommends openjdk-21-jdk-headless binutils \
 && apt-get clean
COPY testbed/images/distroless/assemble.sh /usr/local/bin/assemble.sh

# The module list alone leaves this stage, so a new jar with the same modules reuses the jlink and assembly layers
# below from the build cache (a minute and a half on 2 cores) and only the jar's own layer changes.
FROM rootfs AS modules
COPY target/slimline.jar /slimline.jar
# The Java modules jdeps finds in the jar, less java.desktop, plus jdk.crypto.ec. java.desktop (13 MB with the image
# and colour libraries it drags in) is named only for java.beans, by code slimline never runs: Jackson's optional
# @ConstructorProperties support (loaded reflectively, absent is fine), SnakeYAML's JavaBean mapping (Jackson uses
# its parser only), commons-compress' Pack200 and commons-lang3's circuit breaker. jdk.crypto.ec: in Java 21 TLS
# with EC keys (db update over HTTPS) lives there and no class names it.
RUN modules="$(jdeps --multi-release 21 --ignore-missing-deps --print-module-deps /slimline.jar)" \
 && echo "jdeps: $modules" \
 && echo "$(echo "$modules" | tr , '\n' | grep -vx java.desktop | tr '\n' ,)jdk.crypto.ec" >/modules

FROM rootfs AS runtime
COPY --from=modules /modules /modules
# Debian's native libraries keep their symbol tables after jlink's --strip-debug (4.9 MB that only a debugger reads).
RUN jlink --add-modules "$(cat /modules)" --strip-debug --no-man-pages --no-header-files \
          --compress=zip-9 --output /out/opt/java \
 && find /out/opt/java -name '*.so' | xargs strip --strip-unneeded \
 && /out/opt/java/bin/java -version
# Shared libraries the runtime links against, as Debian packages (with their dependencies); then the docker client
# and the Compose plugin (both link libc only). Removed after: shell completions, glibc's character set converters
# and its vector maths library (1 MB), which nothing here loads.
# Debian 13 moved most libraries and the loader under /usr: the root links of a merged /usr come first, and each
# library is looked up under both names.
RUN paths="$(find /out/opt/java -name '*.so' -o -path '*/bin/java' | xargs ldd | awk '/=> \//{print $3}' | sort -u)" \
 && libs="$({ echo "$paths"; echo "$paths" | xargs readlink -f; } | sort -u | xargs dpkg -S 2>/dev/null \
            | cut -d: -f1 | sort -u | tr '\n' ' ')" \
 && echo "runtime libraries from: $libs" \
 && mkdir -p /out/usr/bin /out/usr/lib /out/usr/lib64 \
 && ln -s usr/bin /out/bin && ln -s usr/lib /out/lib && ln -s usr/lib64 /out/lib64 \
 && sh /usr/local/bin/assemble.sh /out --deps $libs \
 && sh /usr/local/bin/assemble.sh /out docker-cli docker-compose \
 && rm -rf /out/usr/share/zsh /out/usr/share/fish /out/usr/share/bash-completion /out/usr/lib/x86_64-linux-gnu/gconv \
           /out/usr/lib/x86_64-linux-gnu/libmvec.so.1 \
 && mkdir -p /out/etc /out/tmp /out/home/slimline /out/work \
 && chmod 1777 /out/tmp \
 && chown 65532:65532 /out/home/slimline /out/work \
 && printf 'root:x:0:0:root:/root:/sbin/nologin\nslimline:x:65532:65532:slimline:/home/slimline:/sbin/nologin\n' >/out/etc/passwd \
 && printf 'root:x:0:\nslimline:x:65532:\n' >/out/etc/group

FROM scratch
COPY --from=runtime /out /
COPY target/slimline.jar /opt/slimline/slimline.jar
ENV PATH=/opt/java/bin:/usr/bin JAVA_HOME=/opt/java LANG=C.UTF-8 HOME=/home/slimline
# Not root: the host's engine is reached through its socket, mounted with its group added (docs/image.md).
USER 65532:65532
WORKDIR /work
# C1 only and the serial collector, as ./slimline runs it: a run is too short to repay C2 or G1.
ENTRYPOINT ["/opt/java/bin/java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", "/opt/slimline/slimline.jar"]
CMD ["--help"]
