import json, subprocess, copy, sys
import os
ROOT=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ok=True
adj=json.load(open(f'{ROOT}/tests/accuracy/jargon-adjudication.json'))
n=0
for b in ['real-consultation','real-letters-nhs','real-reports']:
    p=f'tests/accuracy/rounds/{b}.json'
    raw=open(f'{ROOT}/{p}').read(); new=json.loads(raw)
    old=json.loads(subprocess.run(['git','-C',ROOT,'show',f'main:{p}'],capture_output=True,text=True,check=True).stdout)
    # formatting: re-dump equals file
    ind=2 if raw.startswith('{\n  "') else 1
    assert json.dumps(new,indent=ind,ensure_ascii=False)+('\n' if raw.endswith('\n') else '')==raw, b
    assert len(new['passages'])==len(old['passages'])
    a=copy.deepcopy(new); o=copy.deepcopy(old)
    assert a['author'].startswith(o['author'].rstrip('.').rstrip()), b
    a['author']=o['author']
    for pn,po in zip(a['passages'],o['passages']):
        assert pn['id']==po['id']
        t=pn['text']
        for k in pn['labels']['jargon']:
            if k.lower() not in t.lower(): print('NOT VERBATIM',pn['id'],k); ok=False
            if k not in t: print('case differs',pn['id'],k)
        assert len({k.lower() for k in pn['labels']['jargon']})==len(pn['labels']['jargon']), pn['id']
        assert pn['labels']['jargon']==adj[pn['id']]['kept'], pn['id']
        if pn['labels']['jargon']: assert pn['evidence'].get('jargon'), pn['id']
        n+=1
        pn['labels'].pop('jargon'); po['labels'].pop('jargon')
        pn['evidence'].pop('jargon',None); po['evidence'].pop('jargon',None)
    if a!=o: print('OTHER CHANGES in',b); ok=False
assert n==len(adj)
print('checked',n,'passages; ok' if ok else 'FAILED')
