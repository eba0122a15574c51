const express = require('express');
const { total, format } = require('@billing/money');

const app = express();
app.use(express.json());
app.get('/health', (req, res) => res.json({ ok: true, sample: format(total([{ cents: 250, qty: 4 }])) }));
app.post('/invoices/total', (req, res) => res.json({ total: format(total(req.body.lines || [])) }));
app.listen(process.env.PORT || 3000, () => console.log('billing api up'));
