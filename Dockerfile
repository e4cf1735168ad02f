# iqlint on debian:stable-slim: the portable binary `make dist` builds, and nothing else
# (it needs only the C library). Build and use:
#   docker build -t iqlint .
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:/work" iqlint check README.md
# --user keeps --fix writing files as their owner; libgit2 refuses a repository owned by
# another user (--base, --staged), as git does.
FROM swift:6.3-bookworm AS build
WORKDIR /src
# The Debian packages first, so that the layer survives source changes.
COPY Makefile ./
RUN make deps
COPY . .
# Empty: VERSION, or VERSION-dev unless the commit is tagged v<VERSION> (see Makefile).
ARG IQLINT_VERSION=""
RUN make dist DIST_VERSION="$IQLINT_VERSION" \
 && mkdir /out \
 && tar -xzf "$(cat .build/dist-latest)" -C /out --strip-components=1

FROM debian:stable-slim
COPY --from=build /out/iqlint /usr/local/bin/iqlint
WORKDIR /work
USER 65532:65532
ENTRYPOINT ["iqlint"]
CMD ["check"]
