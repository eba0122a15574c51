import { createApp } from './app';

const port = Number(process.env.PORT ?? 8080);

const server = createApp().listen(port, () => {
  console.log(`api listening on port ${port}`);
});

// docker stop sends SIGTERM; close the listener so the container exits promptly.
process.on('SIGTERM', () => server.close(() => process.exit(0)));
