import request from 'supertest';
import { createApp } from './app';

describe('api', () => {
  const app = createApp();

  it('reports health', async () => {
    const res = await request(app).get('/health');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
  });

  it('lists and fetches orders', async () => {
    const list = await request(app).get('/orders');
    expect(list.status).toBe(200);
    expect(list.body.length).toBeGreaterThan(0);
    const one = await request(app).get(`/orders/${list.body[0].id}`);
    expect(one.body).toEqual(list.body[0]);
  });

  it('rejects an order without a quantity', async () => {
    const res = await request(app).post('/orders').send({ item: 'widget' });
    expect(res.status).toBe(400);
  });

  it('creates an order', async () => {
    const res = await request(app).post('/orders').send({ item: 'sprocket', quantity: 2 });
    expect(res.status).toBe(201);
    expect(res.body.item).toBe('sprocket');
  });
});
