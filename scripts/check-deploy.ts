// `npm run check:deploy`: static checks of the deployment files, needing no container engine or
// cluster (docs/deploy.md): the Dockerfile, .dockerignore, compose.yaml (the Compose
// Specification's JSON schema) and deploy/k8s (rendered by `kubectl kustomize`, every object
// checked against the Kubernetes schemas; the pods and the backup CronJob restricted, /data on
// the claim both mount). Exits 1 naming every problem.
// `--root DIR` checks the files of another checkout (how the checks were tried on broken files).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parseAllDocuments } from 'yaml';
import { loadConfig } from '../server/platform/config.js';

type Json = Record<string, unknown>;

const repo = fileURLToPath(new URL('..', import.meta.url));
const rootArg = process.argv.indexOf('--root');
const root = rootArg >= 0 ? path.resolve(process.argv[rootArg + 1] ?? '.') : repo;
const problems: string[] = [];
const problem = (file: string, message: string) => problems.push(`${file}: ${message}`);

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const obj = (v: unknown): Json => (isObject(v) ? v : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function read(file: string): string | undefined {
  const full = path.join(root, file);
  if (!existsSync(full)) {
    problem(file, 'missing');
    return undefined;
  }
  return readFileSync(full, 'utf8');
}

/** Every YAML document in a file; syntax errors and duplicate keys are problems. */
function parseYaml(file: string, text: string): unknown[] {
  const docs = parseAllDocuments(text, { uniqueKeys: true });
  const list = Array.isArray(docs) ? docs : [docs];
  const values: unknown[] = [];
  for (const doc of list) {
    for (const error of doc.errors) problem(file, `YAML: ${error.message.split('\n')[0]}`);
    const value: unknown = doc.toJS();
    if (value !== null && value !== undefined) values.push(value);
  }
  return values;
}

/** A production configuration made of these variables must load (server/platform/config.ts). */
function checkConfig(file: string, env: Record<string, string>) {
  try {
    loadConfig(env);
  } catch (error) {
    problem(file, `the server would not start with these settings: ${(error as Error).message}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Dockerfile

type Instruction = { keyword: string; args: string; line: number };

function parseDockerfile(text: string): Instruction[] {
  const out: Instruction[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let line = lines[i] ?? '';
    if (/^\s*(#.*)?$/.test(line)) continue;
    while (/\\\s*$/.test(line) && i + 1 < lines.length) {
      i++;
      const next = lines[i] ?? '';
      if (/^\s*#/.test(next)) continue;
      line = `${line.replace(/\\\s*$/, '')} ${next.trim()}`;
    }
    const match = /^\s*([A-Za-z]+)\s*(.*)$/.exec(line);
    if (match)
      out.push({ keyword: (match[1] ?? '').toUpperCase(), args: (match[2] ?? '').trim(), line: start + 1 });
  }
  return out;
}

const KEYWORDS = new Set(
  'ADD ARG CMD COPY ENTRYPOINT ENV EXPOSE FROM HEALTHCHECK LABEL MAINTAINER ONBUILD RUN SHELL STOPSIGNAL USER VOLUME WORKDIR'.split(
    ' ',
  ),
);

function execForm(args: string): string[] | undefined {
  try {
    const value: unknown = JSON.parse(args);
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
  } catch {
    return undefined;
  }
}

function checkDockerfile() {
  const file = 'Dockerfile';
  const text = read(file);
  if (text === undefined) return;
  const instructions = parseDockerfile(text);
  for (const i of instructions) {
    if (!KEYWORDS.has(i.keyword)) problem(file, `line ${i.line}: unknown instruction ${i.keyword}`);
  }
  const globalArgs = new Map<string, string>();
  const stages: Instruction[][] = [];
  for (const i of instructions) {
    if (i.keyword === 'FROM') stages.push([i]);
    else if (stages.length === 0) {
      if (i.keyword === 'ARG') {
        const [name, value = ''] = i.args.split('=');
        globalArgs.set(name ?? '', value);
      } else problem(file, `line ${i.line}: ${i.keyword} before the first FROM`);
    } else stages.at(-1)?.push(i);
  }
  if (stages.length < 2) problem(file, 'expected a multi-stage build (a build stage and a runtime stage)');
  for (const stage of stages) {
    const from = stage[0] as Instruction;
    const image = (from.args.split(/\s+/)[0] ?? '').replace(/\$\{(\w+)\}|\$(\w+)/g, (_, a, b) => {
      return globalArgs.get(a ?? b) ?? '';
    });
    if (!/^node:(20|22)(\.[\d.]+)?-(bookworm-|bullseye-|trixie-)?slim$/.test(image)) {
      problem(file, `line ${from.line}: base image ${image} is not Node 20 or 22 slim`);
    }
  }
  const final = stages.at(-1) ?? [];
  const users = final.filter((i) => i.keyword === 'USER');
  const user = users.at(-1)?.args.split(':')[0];
  if (user === undefined) problem(file, 'the final stage has no USER: it would run as root');
  else if (user === 'root' || user === '0') problem(file, `the final stage runs as ${user}`);
  const health = final.filter((i) => i.keyword === 'HEALTHCHECK').at(-1);
  if (health === undefined || /^NONE$/i.test(health.args))
    problem(file, 'the final stage has no HEALTHCHECK');
  else if (!/\bCMD\b/.test(health.args)) problem(file, `line ${health.line}: HEALTHCHECK without CMD`);
  const cmd = final.filter((i) => i.keyword === 'CMD').at(-1);
  const entrypoint = final.filter((i) => i.keyword === 'ENTRYPOINT').at(-1);
  const command = execForm(entrypoint?.args ?? cmd?.args ?? '');
  if (command === undefined) {
    problem(file, 'the final stage needs CMD (or ENTRYPOINT) in exec form, so signals reach the process');
  } else {
    const program = path.basename(command[0] ?? '');
    const init = ['tini', 'dumb-init'].includes(program);
    if (!init && program !== 'node') {
      problem(file, `the final stage starts ${program}, not node (or tini): SIGTERM would not reach node`);
    }
  }
  const installs = final.filter((i) => i.keyword === 'RUN' && /\bnpm (install|ci)\b/.test(i.args));
  if (installs.length === 0) problem(file, 'the final stage installs no production dependencies');
  for (const i of installs) {
    if (!i.args.includes('--omit=dev'))
      problem(file, `line ${i.line}: npm without --omit=dev in the final stage`);
    if (!i.args.includes('--ignore-scripts')) {
      problem(
        file,
        `line ${i.line}: npm without --ignore-scripts in the final stage (prepare builds the web app)`,
      );
    }
  }
  if (!final.some((i) => i.keyword === 'COPY' && /--from=\S+.*web\/dist/.test(i.args))) {
    problem(file, 'the final stage does not copy web/dist from a build stage');
  }
  const env = final
    .filter((i) => i.keyword === 'ENV')
    .map((i) => i.args)
    .join(' ');
  if (!/\bHOST=0\.0\.0\.0\b/.test(env)) problem(file, 'the final stage does not set HOST=0.0.0.0');
  if (!/\bNODE_ENV=production\b/.test(env)) problem(file, 'the final stage does not set NODE_ENV=production');

  const ignore = read('.dockerignore');
  if (ignore !== undefined) {
    const entries = new Set(ignore.split('\n').map((l) => l.trim().replace(/^\/|\/$/g, '')));
    for (const must of ['node_modules', '.env', '.git', 'web/dist', 'data']) {
      if (!entries.has(must)) problem('.dockerignore', `does not leave out ${must}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// compose.yaml

/** Compose's interpolation with only the defaults: `${X:-d}`, `${X-d}` give d, `${X}` gives ''. */
function interpolate(file: string, value: string): string {
  const out = value.replace(/\$\$|\$\{([^}]*)\}|\$([A-Za-z_]\w*)/g, (whole, braced?: string) => {
    if (whole === '$$') return '$';
    if (braced === undefined) return '';
    const m = /^([A-Za-z_]\w*)(?:(:?[-?+])(.*))?$/.exec(braced);
    if (!m) {
      problem(file, `bad interpolation ${whole}`);
      return '';
    }
    const [, , op, rest = ''] = m;
    return op === ':-' || op === '-' ? rest : '';
  });
  if (/\$\{/.test(out)) problem(file, `unclosed interpolation in ${value}`);
  return out;
}

function checkCompose() {
  const file = 'compose.yaml';
  const text = read(file);
  if (text === undefined) return;
  const docs = parseYaml(file, text);
  if (docs.length !== 1 || !isObject(docs[0])) {
    problem(file, 'expected one YAML mapping');
    return;
  }
  const compose = docs[0];
  const schema = JSON.parse(
    readFileSync(path.join(repo, 'node_modules/dclint/schemas/compose.schema.json'), 'utf8'),
  ) as Json;
  // Draft-07, ajv's default; its `$schema` spells the meta-schema's address in a way ajv does not know.
  delete schema.$schema;
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  const validate = ajv.compile(schema);
  if (!validate(compose)) {
    for (const error of validate.errors ?? []) {
      problem(
        file,
        `schema: ${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`,
      );
    }
  }

  const services = obj(compose.services);
  const volumes = obj(compose.volumes);
  for (const [name, raw] of Object.entries(services)) {
    for (const mount of arr(obj(raw).volumes)) {
      const source = typeof mount === 'string' ? mount.split(':')[0] : obj(mount).source;
      if (typeof source === 'string' && /^[\w-]+$/.test(source) && !(source in volumes)) {
        problem(file, `service ${name} mounts volume ${source}, which is not declared under volumes`);
      }
    }
    for (const dep of Object.keys(Array.isArray(obj(raw).depends_on) ? {} : obj(obj(raw).depends_on))) {
      if (!(dep in services)) problem(file, `service ${name} depends on unknown service ${dep}`);
    }
  }

  const doable = obj(services.doable);
  if (!isObject(services.doable)) problem(file, 'no doable service');
  if (doable.build === undefined) problem(file, 'the doable service does not build the Dockerfile');
  if (doable.init !== true) problem(file, 'the doable service needs `init: true` (signals and reaping)');
  if (obj(obj(doable.depends_on).postgres).condition !== 'service_healthy') {
    problem(file, 'the doable service must wait for a healthy postgres');
  }
  const rawEnv = doable.environment;
  const env: Record<string, string> = {};
  if (Array.isArray(rawEnv)) {
    for (const entry of rawEnv) {
      const [k, ...v] = String(entry).split('=');
      env[k ?? ''] = interpolate(file, v.join('='));
    }
  } else {
    for (const [k, v] of Object.entries(obj(rawEnv))) env[k] = interpolate(file, v === null ? '' : String(v));
  }
  if (env.HOST !== '0.0.0.0') problem(file, 'the doable service must listen on HOST=0.0.0.0');
  if (env.NODE_ENV !== 'production') problem(file, 'the doable service must run with NODE_ENV=production');
  if (!env.DATABASE_URL?.includes('@postgres:'))
    problem(file, 'DATABASE_URL does not point at the postgres service');
  checkConfig(`${file} (doable's environment with its defaults)`, env);

  const postgres = obj(services.postgres);
  if (!/^postgres:16([.-]|$)/.test(String(postgres.image)))
    problem(file, 'the postgres service is not Postgres 16');
  if (
    !arr(postgres.volumes).some((v) =>
      String(typeof v === 'string' ? v : obj(v).target).includes('/var/lib/postgresql/data'),
    )
  ) {
    problem(file, 'the postgres service keeps its data in no volume');
  }
  if (postgres.healthcheck === undefined) problem(file, 'the postgres service has no healthcheck');
  const redis = obj(services.redis);
  if (!isObject(services.redis) || !arr(redis.profiles).includes('redis')) {
    problem(file, 'expected an optional redis service under the `redis` profile');
  }

  // The Compose CLI validates too, where its plugin is installed (it needs no engine for this).
  let hasPlugin = false;
  try {
    execFileSync('docker', ['compose', 'version'], { stdio: 'ignore' });
    hasPlugin = true;
  } catch {}
  if (hasPlugin) {
    try {
      execFileSync('docker', ['compose', '-f', path.join(root, file), 'config', '-q'], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
    } catch (error) {
      problem(
        file,
        `docker compose config: ${String((error as { stderr?: Buffer }).stderr ?? error).trim()}`,
      );
    }
  } else console.log('docker compose is not installed: compose.yaml checked against the schema only');
}

// ---------------------------------------------------------------------------------------------
// deploy/k8s

type Model = { validate(): void };
type ModelClass = new (data: Json) => Model;

async function modelFor(apiVersion: string, kind: string): Promise<ModelClass | undefined> {
  if (!/^[\w.]+(\/\w+)?$/.test(apiVersion) || !/^\w+$/.test(kind)) return undefined;
  try {
    const module = (await import(`kubernetes-models/${apiVersion}/${kind}`)) as Record<string, ModelClass>;
    return module[kind];
  } catch {
    return undefined;
  }
}

function render(dir: string): string | undefined {
  const file = path.relative(root, path.join(dir, 'kustomization.yaml'));
  try {
    return execFileSync('kubectl', ['kustomize', dir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const e = error as { code?: string; stderr?: string };
    if (e.code !== 'ENOENT') {
      problem(file, `kubectl kustomize: ${String(e.stderr ?? error).trim()}`);
      return undefined;
    }
  }
  // No kubectl: this kustomization lists resources only, so rendering it is concatenating them.
  console.log('kubectl is not installed: rendering kustomization.yaml by concatenating its resources');
  const text = read(file);
  if (text === undefined) return undefined;
  const kustomization = obj(parseYaml(file, text)[0]);
  const extra = Object.keys(kustomization).filter((k) => !['apiVersion', 'kind', 'resources'].includes(k));
  if (extra.length > 0) {
    problem(file, `without kubectl only resources can be rendered, not ${extra.join(', ')}`);
    return undefined;
  }
  return arr(kustomization.resources)
    .map((r) => read(path.relative(root, path.join(dir, String(r)))) ?? '')
    .join('\n---\n');
}

/** A container's restricted security context, its mounts, and an emptyDir at /tmp. */
function checkContainer(cw: string, c: Json, podSecurity: Json, volumes: Map<unknown, Json>) {
  const sc = obj(c.securityContext);
  if (sc.allowPrivilegeEscalation !== false) problem(cw, 'allowPrivilegeEscalation is not false');
  if (sc.readOnlyRootFilesystem !== true) problem(cw, 'readOnlyRootFilesystem is not true');
  if (!arr(obj(sc.capabilities).drop).includes('ALL')) problem(cw, 'capabilities do not drop ALL');
  if (sc.runAsNonRoot !== true && podSecurity.runAsNonRoot !== true) problem(cw, 'runAsNonRoot is not true');
  const seccomp = obj(sc.seccompProfile).type ?? obj(podSecurity.seccompProfile).type;
  if (seccomp !== 'RuntimeDefault') problem(cw, 'seccompProfile is not RuntimeDefault');
  const mounts = arr(c.volumeMounts).map(obj);
  for (const m of mounts) {
    if (!volumes.has(m.name)) problem(cw, `mounts volume ${String(m.name)}, which the pod does not have`);
  }
  const tmp = mounts.find((m) => m.mountPath === '/tmp');
  if (tmp === undefined || volumes.get(tmp.name)?.emptyDir === undefined) {
    problem(cw, 'needs an emptyDir at /tmp (the root filesystem is read-only)');
  }
}

/** The claim a container's /data (DATA_DIR, where BACKUP_DIR is) is on, or a problem. */
function dataClaim(cw: string, c: Json, volumes: Map<unknown, Json>, claims: Json[]): unknown {
  const data = arr(c.volumeMounts)
    .map(obj)
    .find((m) => m.mountPath === '/data');
  const claim = obj(volumes.get(data?.name)?.persistentVolumeClaim).claimName;
  if (claim === undefined) {
    problem(cw, '/data is not on a PersistentVolumeClaim: the backups in it would be thrown away');
  } else if (!claims.some((pvc) => obj(pvc.metadata).name === claim)) {
    problem(cw, `/data is on the claim ${String(claim)}, which is not defined`);
  }
  return claim;
}

async function checkKubernetes() {
  const dir = path.join(root, 'deploy/k8s');
  const rendered = render(dir);
  if (rendered === undefined) return;
  const objects = parseYaml('kubectl kustomize deploy/k8s', rendered).map(obj);
  // Files beside the kustomization that it does not list (the Secret example) are checked too.
  const kustomization = obj(
    parseYaml('deploy/k8s/kustomization.yaml', read('deploy/k8s/kustomization.yaml') ?? '')[0],
  );
  const listed = new Set(arr(kustomization.resources).map(String));
  const examples: Json[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(name) || name === 'kustomization.yaml' || listed.has(name)) continue;
    const file = `deploy/k8s/${name}`;
    examples.push(...parseYaml(file, read(file) ?? '').map(obj));
  }

  const all = [...objects, ...examples];
  for (const o of all) {
    const label = `${String(o.kind)} ${String(obj(o.metadata).name)}`;
    const Model = await modelFor(String(o.apiVersion), String(o.kind));
    if (Model === undefined) {
      problem('deploy/k8s', `${label}: unknown apiVersion/kind ${String(o.apiVersion)} ${String(o.kind)}`);
      continue;
    }
    try {
      new Model(o).validate();
    } catch (error) {
      problem('deploy/k8s', `${label}: ${(error as Error).message}`);
    }
  }

  const find = (kind: string, list: Json[] = objects) => list.filter((o) => o.kind === kind);
  const byName = (kind: string, name: unknown, list: Json[] = all) =>
    find(kind, list).find((o) => obj(o.metadata).name === name);
  for (const kind of [
    'Deployment',
    'Service',
    'Ingress',
    'HorizontalPodAutoscaler',
    'PodDisruptionBudget',
    'ConfigMap',
    'PersistentVolumeClaim',
    'CronJob',
  ]) {
    if (find(kind).length === 0) problem('deploy/k8s', `no ${kind}`);
  }
  if (find('Secret', examples).length === 0) problem('deploy/k8s', 'no Secret example');

  const matches = (selector: Json, labels: Json) =>
    Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels[k] === v);

  const deploymentClaims = new Set<unknown>();
  for (const deployment of find('Deployment')) {
    const name = obj(deployment.metadata).name;
    const where = `deploy/k8s Deployment ${String(name)}`;
    const template = obj(obj(deployment.spec).template);
    const labels = obj(obj(template.metadata).labels);
    const pod = obj(template.spec);
    const podSecurity = obj(pod.securityContext);
    if (podSecurity.runAsNonRoot !== true) problem(where, 'pod securityContext.runAsNonRoot is not true');
    const volumes = new Map(arr(pod.volumes).map((v) => [obj(v).name, obj(v)]));
    for (const c of arr(pod.containers).map(obj)) {
      const cw = `${where} container ${String(c.name)}`;
      const ports = new Set(arr(c.ports).map((p) => obj(p).name));
      const probe = (key: string, pathWanted: string) => {
        const http = obj(obj(c[key]).httpGet);
        if (http.path !== pathWanted) problem(cw, `${key} must GET ${pathWanted}`);
        if (typeof http.port === 'string' && !ports.has(http.port))
          problem(cw, `${key} port ${http.port} is not a container port`);
      };
      probe('startupProbe', '/health/ready');
      probe('readinessProbe', '/health/ready');
      probe('livenessProbe', '/health/live');
      const resources = obj(c.resources);
      for (const [part, key] of [
        ['requests', 'cpu'],
        ['requests', 'memory'],
        ['limits', 'memory'],
      ] as const) {
        if (obj(resources[part])[key] === undefined) problem(cw, `no resources.${part}.${key}`);
      }
      checkContainer(cw, c, podSecurity, volumes);
      deploymentClaims.add(dataClaim(cw, c, volumes, find('PersistentVolumeClaim')));
      const env: Record<string, string> = {};
      for (const from of arr(c.envFrom).map(obj)) {
        const ref = from.configMapRef
          ? ['ConfigMap', obj(from.configMapRef)]
          : ['Secret', obj(from.secretRef)];
        const [kind, target] = ref as [string, Json];
        const source = byName(kind, target.name);
        if (source === undefined) problem(cw, `envFrom ${kind} ${String(target.name)}, which is not defined`);
        const data = { ...obj(source?.data), ...obj(source?.stringData) };
        for (const [k, v] of Object.entries(data)) {
          env[k] =
            kind === 'Secret' && k in obj(source?.data)
              ? Buffer.from(String(v), 'base64').toString()
              : String(v);
        }
      }
      if (env.HOST !== '0.0.0.0') problem(cw, 'HOST is not 0.0.0.0');
      if (env.DATABASE_URL === undefined)
        problem(cw, 'no DATABASE_URL: pods cannot share the embedded database');
      checkConfig(`${cw} (its ConfigMap and the Secret example)`, env);
    }
    for (const service of find('Service')) {
      const sw = `deploy/k8s Service ${String(obj(service.metadata).name)}`;
      if (!matches(obj(obj(service.spec).selector), labels))
        problem(sw, "selector does not match the Deployment's pods");
    }
    for (const pdb of find('PodDisruptionBudget')) {
      const selector = obj(obj(obj(pdb.spec).selector).matchLabels);
      if (!matches(selector, labels))
        problem('deploy/k8s PodDisruptionBudget', "selector does not match the Deployment's pods");
    }
  }
  // The backup CronJob: one run at a time, `npm run backup`'s command, as restricted as the pods,
  // writing to the claim the Deployment's pods list backups from.
  for (const cron of find('CronJob')) {
    const where = `deploy/k8s CronJob ${String(obj(cron.metadata).name)}`;
    const spec = obj(cron.spec);
    if (spec.concurrencyPolicy !== 'Forbid') problem(where, 'concurrencyPolicy is not Forbid');
    const pod = obj(obj(obj(obj(spec.jobTemplate).spec).template).spec);
    const podSecurity = obj(pod.securityContext);
    if (podSecurity.runAsNonRoot !== true) problem(where, 'pod securityContext.runAsNonRoot is not true');
    const volumes = new Map(arr(pod.volumes).map((v) => [obj(v).name, obj(v)]));
    for (const c of arr(pod.containers).map(obj)) {
      const cw = `${where} container ${String(c.name)}`;
      checkContainer(cw, c, podSecurity, volumes);
      if (arr(c.command).join(' ') !== 'node server/launch/cli.mjs backup backup') {
        problem(cw, "command is not `node server/launch/cli.mjs backup backup` (npm run backup's)");
      }
      for (const from of arr(c.envFrom).map(obj)) {
        const [kind, target] = from.configMapRef
          ? ['ConfigMap', obj(from.configMapRef)]
          : ['Secret', obj(from.secretRef)];
        if (byName(kind as string, (target as Json).name) === undefined)
          problem(cw, `envFrom ${String(kind)} ${String((target as Json).name)}, which is not defined`);
      }
      const claim = dataClaim(cw, c, volumes, find('PersistentVolumeClaim'));
      if (claim !== undefined && !deploymentClaims.has(claim))
        problem(cw, `writes backups to the claim ${String(claim)}, which the Deployment's pods do not mount`);
    }
  }
  const backupDir = String(obj(byName('ConfigMap', 'doable')?.data).BACKUP_DIR ?? '');
  if (!backupDir.startsWith('/data/'))
    problem('deploy/k8s ConfigMap doable', 'BACKUP_DIR is not under /data');
  for (const hpa of find('HorizontalPodAutoscaler')) {
    const target = obj(obj(hpa.spec).scaleTargetRef);
    if (byName(String(target.kind), target.name, objects) === undefined) {
      problem(
        'deploy/k8s HorizontalPodAutoscaler',
        `scales ${String(target.kind)} ${String(target.name)}, which is not defined`,
      );
    }
  }
  for (const ingress of find('Ingress')) {
    for (const rule of arr(obj(ingress.spec).rules)) {
      for (const p of arr(obj(obj(rule).http).paths)) {
        const backend = obj(obj(obj(p).backend).service);
        const service = byName('Service', backend.name, objects);
        const port = obj(backend.port);
        if (service === undefined)
          problem('deploy/k8s Ingress', `backend ${String(backend.name)} is not a Service`);
        else if (
          !arr(obj(service.spec).ports).some(
            (sp) => obj(sp).name === port.name || obj(sp).port === port.number,
          )
        ) {
          problem(
            'deploy/k8s Ingress',
            `backend port ${JSON.stringify(port)} is not a port of Service ${String(backend.name)}`,
          );
        }
      }
    }
  }
  return objects.length + examples.length;
}

checkDockerfile();
checkCompose();
const count = await checkKubernetes();
if (problems.length > 0) {
  console.error(
    `check:deploy found ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(
  `check:deploy: Dockerfile, .dockerignore, compose.yaml and ${count ?? 0} Kubernetes objects are valid`,
);
