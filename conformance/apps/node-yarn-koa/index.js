const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { products } = require('./lib/products');

const app = new Koa();
const router = new Router();

router.get('/api/health', (ctx) => { ctx.body = { ok: true, products: products.length }; });
router.get('/api/products/:id', (ctx) => {
  const p = products.find((x) => x.id === ctx.params.id);
  if (!p) ctx.throw(404, 'no such product');
  ctx.body = p;
});

app.use(bodyParser()).use(router.routes()).use(router.allowedMethods());
app.listen(process.env.PORT || 4000);
