const crypto = require('crypto');
const ms = require('ms');

// HMAC-signed session tokens: "<user>.<expiry>.<signature>"
exports.sign = (user, secret, ttl = '1h') => {
  const exp = Date.now() + ms(ttl);
  const sig = crypto.createHmac('sha256', secret).update(`${user}.${exp}`).digest('hex');
  return `${user}.${exp}.${sig}`;
};
exports.verify = (token, secret) => {
  const [user, exp, sig] = token.split('.');
  const want = crypto.createHmac('sha256', secret).update(`${user}.${exp}`).digest('hex');
  return sig === want && Number(exp) > Date.now() ? user : null;
};
