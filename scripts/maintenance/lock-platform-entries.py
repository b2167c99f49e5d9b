# Adds lock entries for platform-specific optional packages that this machine's registry does not
# serve (so npm install omits them and npm ci then calls the lock "out of sync"). Each entry carries
# os/cpu/libc so npm ci skips it on other platforms, exactly as a lock made on a full registry would.
import json, re, sys
path, missing_file = sys.argv[1], sys.argv[2]
d = json.load(open(path))
pk = d['packages']
missing = [l.strip() for l in open(missing_file) if l.strip()]
def spec_for(name):
    for k, v in pk.items():
        od = v.get('optionalDependencies') or {}
        if name in od: return od[name]
    raise SystemExit(f'no parent for {name}')
def platform(name):
    base = name.split('/')[-1]
    os_ = next((o for o in ['android','darwin','freebsd','openbsd','openharmony','linux','win32','windows'] if o in base), None)
    os_ = {'windows': 'win32'}.get(os_, os_)
    cpu = None
    for pat, c in [('arm64','arm64'),('x64','x64'),('ia32','ia32'),('loong64','loong64'),('ppc64','ppc64'),('riscv64','riscv64'),('s390x','s390x'),('wasm32','wasm32'),('arm-','arm')]:
        if pat in base: cpu = c; break
    libc = None
    if os_ == 'linux':
        libc = 'musl' if 'musl' in base else 'glibc'
    return os_, cpu, libc
for name in missing:
    v = spec_for(name)
    os_, cpu, libc = platform(name)
    entry = {'version': v, 'optional': True}
    if cpu: entry['cpu'] = [cpu]
    if os_: entry['os'] = [os_]
    if libc: entry['libc'] = [libc]
    pk[f'node_modules/{name}'] = entry
    print(name, entry)
d['packages'] = dict(sorted(pk.items(), key=lambda kv: (kv[0] != '', kv[0])))
json.dump(d, open(path, 'w'), indent=2)
open(path, 'a').write('\n')
