FROM debian:bookworm
RUN apt-get update && \
    # the compiler
    apt-get install -y gcc && \
  # indented comment
    apt-get install -y make && \
# comment at column one
    rm -rf /var/lib/apt/lists/*
