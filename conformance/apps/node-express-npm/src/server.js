'use strict';
const express = require('express');
const morgan = require('morgan');

const app = express();
app.use(express.json());
app.use(morgan('tiny'));

const orders = new Map();

app.get('/healthz', (req, res) => {
  // npm start sets NODE_ENV; a bare `node src/server.js` would report development.
  if (process.env.NODE_ENV !== 'production') return res.status(500).json({ env: process.env.NODE_ENV || null });
  res.json({ status: 'ok', orders: orders.size });
});

app.post('/orders', (req, res) => {
  const id = String(orders.size + 1);
  orders.set(id, req.body);
  res.status(201).json({ id });
});

const port = Number(process.env.PORT || 8080);
app.listen(port, () => console.log(`orders-api listening on ${port}`));
