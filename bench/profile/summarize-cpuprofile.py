# Summarises a V8 .cpuprofile by self time (per package/dir, per function): python3 bench/profile/summarize-cpuprofile.py <file>
import json,sys,collections,re
p=json.load(open(sys.argv[1]))
nodes={n['id']:n for n in p['nodes']}
dt=collections.Counter()
samples=p['samples']; deltas=p['timeDeltas']
for s,d in zip(samples,deltas): dt[s]+=d
total=sum(dt.values())/1000
self_fn=collections.Counter(); self_pkg=collections.Counter()
def pkg(url):
    if not url: return '(native/gc/idle)'
    m=re.search(r'node_modules/((?:@[^/]+/)?[^/]+)',url)
    if m: return m.group(1)
    m=re.search(r'/i12/([^/]+(?:/[^/]+)?)',url)
    return m.group(1) if m else url[-50:]
for nid,t in dt.items():
    cf=nodes[nid]['callFrame']
    self_fn[(cf['functionName'] or '(anon)')+' '+pkg(cf['url'])+':'+str(cf['lineNumber'])]+=t/1000
    self_pkg[pkg(cf['url'])]+=t/1000
print(f"total {total:.0f} ms")
print("by package/dir (self):")
for k,v in self_pkg.most_common(18): print(f"  {v:8.1f} ms {k}")
print("top functions (self):")
for k,v in self_fn.most_common(30): print(f"  {v:8.1f} ms {k}")
