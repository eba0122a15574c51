FROM node:20
ONBUILD COPY package.json /app/
ONBUILD RUN npm install
ONBUILD ENV NODE_ENV=production
ONBUILD COPY --link . /app
ONBUILD RUN <<EOF
echo heredoc in onbuild
EOF
