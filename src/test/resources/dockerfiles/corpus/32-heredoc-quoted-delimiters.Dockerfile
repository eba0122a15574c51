# syntax=docker/dockerfile:1
FROM alpine:3.19
ENV NAME=world
RUN <<'EOF'
echo "not expanded: $NAME"
EOF
RUN <<"EOF"
echo "not expanded either: $NAME"
EOF
RUN <<E"O"F
echo partly quoted
EOF
