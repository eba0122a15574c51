import Fastify from 'fastify';

const app = Fastify({ logger: true });
const sent = [];

app.get('/health', async () => ({ status: 'up', sent: sent.length }));
app.post('/notify', async (req, reply) => {
  sent.push(req.body);
  reply.code(202);
  return { queued: sent.length };
});

await app.listen({ host: '0.0.0.0', port: Number(process.env.PORT ?? 7000) });
