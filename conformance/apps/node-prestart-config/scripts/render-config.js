// Runs before every start: turns FLAG_* settings into runtime/flags.json (a directory the app writes).
const fs = require('fs');
const path = require('path');
require('dotenv').config({ path: path.join(__dirname, '..', '.env.defaults') });

const flags = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => k.startsWith('FLAG_')).map(([k, v]) => [k.slice(5).toLowerCase(), v === 'true']),
);
fs.mkdirSync(path.join(__dirname, '..', 'runtime'), { recursive: true });
fs.writeFileSync(path.join(__dirname, '..', 'runtime', 'flags.json'), JSON.stringify(flags, null, 2));
