import express, { Request, Response } from 'express';
import { Window } from './window';

const app = express();
const latency = new Window(100);

app.use(express.json());
app.get('/metrics/health', (_req: Request, res: Response) => res.json({ status: 'ok', p50: latency.percentile(50) }));
app.post('/metrics/latency', (req: Request, res: Response) => {
  latency.add(Number(req.body.ms));
  res.status(204).end();
});

const port = Number(process.env.PORT ?? 9100);
app.listen(port, () => console.log(`collector on ${port}`));
