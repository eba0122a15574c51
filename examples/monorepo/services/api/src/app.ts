import express, { Request, Response } from 'express';

export interface Order {
  id: number;
  item: string;
  quantity: number;
}

// In-memory store: the example is about the image, not about persistence.
const orders: Order[] = [
  { id: 1, item: 'widget', quantity: 3 },
  { id: 2, item: 'gadget', quantity: 1 },
];

export function createApp() {
  const app = express();
  app.use(express.json());

  app.get('/health', (_req: Request, res: Response) => {
    res.status(200).json({ status: 'ok', service: 'api', uptimeSeconds: Math.round(process.uptime()) });
  });

  app.get('/orders', (_req: Request, res: Response) => {
    res.json(orders);
  });

  app.get('/orders/:id', (req: Request, res: Response) => {
    const order = orders.find((o) => o.id === Number(req.params.id));
    if (!order) {
      res.status(404).json({ error: 'order not found' });
      return;
    }
    res.json(order);
  });

  app.post('/orders', (req: Request, res: Response) => {
    const { item, quantity } = req.body ?? {};
    if (typeof item !== 'string' || !Number.isInteger(quantity) || quantity < 1) {
      res.status(400).json({ error: 'item (string) and quantity (positive integer) are required' });
      return;
    }
    const order: Order = { id: orders.length + 1, item, quantity };
    orders.push(order);
    res.status(201).json(order);
  });

  return app;
}
