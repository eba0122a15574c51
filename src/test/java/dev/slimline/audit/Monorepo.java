package dev.slimline.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small monorepo like the story's, written into a temporary directory for tests. */
public final class Monorepo {

    private Monorepo() {
    }

    public static Path write(Path root) {
        file(root, "services/api/Dockerfile", """
                FROM node:18
                RUN apt-get update
                RUN apt-get install -y build-essential python3 git curl
                WORKDIR /usr/src/app
                COPY . .
                RUN npm install
                RUN npx tsc
                CMD npm start
                """);
        file(root, "services/api/package.json", """
                {"dependencies": {"express": "^4.19.0"}, "devDependencies": {"typescript": "^5", "@types/node": "^18", "@types/express": "^4"}}
                """);
        file(root, "services/worker/Dockerfile", """
                FROM python:3.11
                RUN apt-get update && apt-get install -y gcc build-essential libpq-dev
                WORKDIR /app
                COPY requirements.txt .
                RUN pip install -r requirements.txt
                COPY . .
                CMD ["celery", "-A", "tasks", "worker"]
                """);
        file(root, "services/worker/requirements.txt", "celery==5.3.6\nredis==5.0.1\n");
        file(root, "services/web-app/Dockerfile", """
                FROM node:18
                WORKDIR /app
                COPY package.json .
                RUN npm install
                COPY . .
                RUN npm run build
                CMD ["npm", "start"]
                """);
        file(root, "services/web-app/package.json", """
                {"dependencies": {"next": "14.2.0", "react": "18.2.0", "react-dom": "18.2.0"}, "devDependencies": {"eslint": "8"}}
                """);
        file(root, "services/web-app/.dockerignore", "node_modules\n.next\n");
        return root;
    }

    public static void file(Path root, String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
