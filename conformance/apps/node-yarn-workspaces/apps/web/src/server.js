const express = require('express');
const auth = require('@accounts/auth');

const secret = process.env.SESSION_SECRET || 'dev-secret';
const app = express();
app.use(express.json());
app.get('/healthz', (req, res) => res.json({ ok: auth.verify(auth.sign('probe', secret), secret) === 'probe' }));
app.post('/login', (req, res) => res.json({ token: auth.sign(req.body.user, secret) }));
app.listen(process.env.PORT || 3000);
