import * as pagefind from 'pagefind';
import fs from 'node:fs';
import zlib from 'node:zlib';
const frag = process.argv[2]; const times = +process.argv[4];
const base = fs.readdirSync(frag).map(f => { const s = zlib.gunzipSync(fs.readFileSync(frag + '/' + f)).toString(); const j = JSON.parse(s.slice(s.indexOf('{'))); return { url: j.url, content: j.content.replace(/\u200b/g, ''), language: 'zh-cn', meta: j.meta }; });
const { index } = await pagefind.createIndex({});
const t0 = performance.now();
for (let k = 0; k < times; k++) { const r = await Promise.all(base.map(r => index.addCustomRecord({ ...r, url: r.url + 'x' + k + '/' }))); }
console.log('added', (performance.now() - t0).toFixed(0), 'ms');
const { execSync } = await import("node:child_process"); const pid = execSync("pgrep -P " + process.pid).toString().trim().split("\n")[0];
const show = (l) => { const st = fs.readFileSync("/proc/"+pid+"/stat","utf8").split(") ")[1].split(" "); const st2 = fs.readFileSync("/proc/"+pid+"/status","utf8").match(/VmHWM:.*/)[0]; console.log(l, "child cpu", (+st[11] + +st[12])/100, "s", st2); };
show('after add');
await index.writeFiles({ outputPath: process.argv[3] });
show('after write');
await pagefind.close();
