// Node-only e2e helper: two hostile pages generated for the run (issue 7), each served under an
// outlet host with a profile and under a host without one. "huge": a real detik article with
// about 20 MB around it (related lists, comments, "Baca juga" lines, an inline JSON blob).
// "mutating": a real kompas article whose own script adds and removes "Baca juga" lines and
// sidebar items every 4 ms, a "Baca juga" line that stays every 250 ms, and a burst of 300
// nodes every 500 ms, forever. Both pages count
// their own timer ticks in window.__ticks, so a page we broke or starved is seen.
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGold, readPage } from '../helpers/corpus';
import { findProfile } from '../../utils/sites/registry';
import type { ServedPage } from './served-pages';

export interface HostilePage extends ServedPage {
  kind: 'huge' | 'mutating';
  bytes: number;
}

const TICKER = `<script>window.__ticks=0;setInterval(function(){window.__ticks++},20);</script>`;
const HUGE_BYTES = 20 * 1024 * 1024;
/** Text the huge page's clutter repeats; none of it may be visible once decluttered. */
export const HUGE_CLUTTER_LINES = [
  'Judul berita terkait nomor 1017 tentang banjir di Jakarta Utara',
  'Komentar pembaca nomor 2021: setuju sekali dengan berita ini',
];

/** A small deterministic generator (the page is the same on every run). */
function makeRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const WORDS =
  'banjir jakarta pemerintah warga presiden menteri polisi sekolah harga pasar jalan tol kereta gempa hujan pemilu partai rakyat desa kota'.split(
    ' ',
  );

function words(rand: () => number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)] as string);
  return out.join(' ');
}

/** One block of clutter: a headed related list, a comment thread or a run of "Baca juga". */
function clutterBlock(i: number, rand: () => number): string {
  switch (i % 3) {
    case 0: {
      let li = '';
      for (let j = 0; j < 12; j++) {
        const n = i + j;
        li += `<li class="list__item"><a href="/berita/d-${7000000 + n}/x-${n}"><span class="media__title">Judul berita terkait nomor ${n} tentang ${words(rand, 6)}</span></a><span class="date">Senin, 12 Des 2022 10:${String(j).padStart(2, '0')} WIB</span></li>`;
      }
      return `<div class="box-feed box-${i}"><h2 class="box__title">Berita Terkait</h2><ul>${li}</ul></div>`;
    }
    case 1: {
      let c = '';
      for (let j = 0; j < 8; j++) {
        const n = i + j;
        c += `<div class="comment"><b class="comment__user">pembaca${n}</b><p>Komentar pembaca nomor ${n}: setuju sekali dengan berita ini, ${words(rand, 18)}.</p><a href="#balas-${n}">Balas</a></div>`;
      }
      return `<section class="komentar"><h3>Komentar</h3>${c}</section>`;
    }
    default: {
      let b = '';
      for (let j = 0; j < 10; j++) {
        b += `<p class="baca-juga">Baca juga: <a href="/berita/d-${8000000 + i + j}/y">${words(rand, 8)}</a></p>`;
      }
      return `<aside class="sisip">${b}<div class="ads-slot">ADVERTISEMENT</div></aside>`;
    }
  }
}

function buildHuge(): string {
  const base = readPage('detik-1');
  const rand = makeRandom(7);
  const blob: string[] = [];
  let size = 0;
  // Next.js-style inline data: about 40% of the bytes, no elements.
  const json: string[] = [];
  for (let i = 0; size < HUGE_BYTES * 0.4; i++) {
    const item = JSON.stringify({ id: i, title: words(rand, 12), body: words(rand, 60) });
    json.push(item);
    size += item.length + 1;
  }
  const head = `<script type="application/json" id="__NEXT_DATA__">[${json.join(',')}]</script>`;
  const clutter: string[] = [];
  for (let i = 0; size < HUGE_BYTES - base.length; i++) {
    const block = clutterBlock(i, rand);
    clutter.push(block);
    size += block.length;
  }
  blob.push(`<div class="feed-bawah">${clutter.join('\n')}</div>`);
  return base
    .replace(/<head([^>]*)>/i, (m) => m + head)
    .replace(/<\/body>/i, `${blob.join('')}${TICKER}</body>`);
}

function buildMutating(): string {
  const base = readPage('kompas-1');
  const script = `<script>(function(){
  window.__ticks=0;window.__added=0;window.__bursts=0;
  var body=document.querySelector('div.kcm-read-text')||document.body;
  var side=document.createElement('div');side.className='rail-mut';document.body.appendChild(side);
  var n=0;
  setInterval(function(){
    window.__ticks++;n++;
    var p=document.createElement('p');p.className='mut-baca';p.setAttribute('data-n',String(n));
    p.innerHTML='Baca juga: <a href="/read/2015/11/05/x'+n+'">Berita sisipan nomor '+n+' yang terus datang</a>';
    body.appendChild(p);window.__added++;
    var all=body.querySelectorAll('p.mut-baca');if(all.length>20)all[0].remove();
    var d=document.createElement('div');d.className='mut-side';d.textContent='Terpopuler '+n;side.appendChild(d);
    if(side.children.length>50)side.firstChild.remove();
  },4);
  var k=0;
  setInterval(function(){
    k++;var q=document.createElement('p');q.className='mut-stay';
    q.innerHTML='Baca juga: <a href="/read/2015/11/05/z'+k+'">Sisipan yang bertahan nomor '+k+'</a>';
    body.appendChild(q);var st=body.querySelectorAll('p.mut-stay');if(st.length>40)st[0].remove();
  },250);
  setInterval(function(){
    window.__bursts++;var box=document.createElement('div');box.className='mut-burst';
    for(var i=0;i<300;i++){var s=document.createElement('span');s.textContent='iklan '+i;box.appendChild(s.cloneNode(true));document.body.appendChild(s);}
    document.body.appendChild(box);
    var old=document.querySelectorAll('body > span');for(var j=0;j<old.length-600;j++)old[j].remove();
    var boxes=document.querySelectorAll('.mut-burst');if(boxes.length>3)boxes[0].remove();
  },500);
})();</script>`;
  return base.replace(/<\/body>/i, `${script}</body>`);
}

/** The four pages (huge and mutating, with and without a profile), written to a temp dir. */
export function listHostilePages(): HostilePage[] {
  const dir = mkdtempSync(join(tmpdir(), 'jernih-hostile-'));
  const out: HostilePage[] = [];
  const add = (kind: HostilePage['kind'], id: string, url: string, html: string, gold: string) => {
    const file = join(dir, `${id}.html`);
    writeFileSync(file, html);
    const g = readGold(gold);
    out.push({
      kind,
      id,
      url,
      file,
      profile: findProfile(url)?.id ?? null,
      mustContain: g.mustContain,
      mustNotContain: kind === 'huge' ? [...g.mustNotContain, ...HUGE_CLUTTER_LINES] : [],
      bytes: statSync(file).size,
    });
  };
  const huge = buildHuge();
  add(
    'huge',
    'huge-detik',
    'https://news.detik.com/berita/d-9999901/uji-halaman-20mb',
    huge,
    'detik-1',
  );
  add('huge', 'huge-unprofiled', 'https://berita.contoh.invalid/2022/20mb', huge, 'detik-1');
  const mut = buildMutating();
  add(
    'mutating',
    'mutating-kompas',
    'https://regional.kompas.com/read/2015/11/05/uji-halaman-berubah',
    mut,
    'kompas-1',
  );
  add(
    'mutating',
    'mutating-unprofiled',
    'https://berita.contoh.invalid/2015/mutating',
    mut,
    'kompas-1',
  );
  return out;
}
