/**
 * Debian's classic Jupyter Notebook server (6.4, `apt-get install jupyter-notebook`) for the
 * front-end tests: started on 127.0.0.1 with a free port and a random token, on a temporary copy
 * of the notebooks, with its own Jupyter data, config and runtime folders. So the copies are
 * untrusted (an empty signature database) until {@link trustNotebook} trusts one, and no user
 * setting or trust leaks in or out. No cell is run: the kernelspec `deno` the notebooks name is a
 * stand-in that only sleeps, so opening a notebook does not start a Deno kernel (seconds of CPU on
 * a loaded 2-core machine) and the page shows the committed outputs as a reader first sees them.
 *
 * @module
 */

/** A running server. */
export interface JupyterServer {
  /** `http://127.0.0.1:PORT` */
  readonly base: string;
  readonly token: string;
  /** The temporary folder holding the notebooks' copies. */
  readonly notebookDir: string;
  /** The URL that opens a notebook (by file name) with the token. */
  notebookUrl(name: string): string;
  /** Stops the server and removes every temporary folder. */
  stop(): Promise<void>;
  /** The environment every `jupyter` command about this server runs with. */
  readonly env: Record<string, string>;
}

/**
 * Whether `jupyter notebook` (Debian's `jupyter-notebook`) and `jupyter trust` (`jupyter-nbformat`)
 * can run here.
 *
 * @example
 * ```ts
 * import { jupyterNotebookAvailable } from "./jupyter_server.ts";
 * if (!jupyterNotebookAvailable()) console.warn("no jupyter notebook");
 * ```
 */
export function jupyterNotebookAvailable(): boolean {
  try {
    const run = (args: string[]) =>
      new Deno.Command("jupyter", { args, stdout: "null", stderr: "null" }).outputSync().success;
    return run(["notebook", "--version"]) && run(["trust", "--version"]);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return false;
    throw error;
  }
}

function freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const { port } = listener.addr as Deno.NetAddr;
  listener.close();
  return port;
}

/**
 * Copies `notebooks` into a temporary folder and serves it.
 *
 * @example
 * ```ts
 * import { startJupyterServer } from "./jupyter_server.ts";
 * const server = await startJupyterServer(["notebooks/00-overview.ipynb"]);
 * server.notebookUrl("00-overview.ipynb");
 * await server.stop();
 * ```
 */
export async function startJupyterServer(notebooks: readonly string[]): Promise<JupyterServer> {
  const root = await Deno.makeTempDir({ prefix: "claimbook-jupyter-" });
  const notebookDir = `${root}/notebooks`;
  await Deno.mkdir(notebookDir);
  for (const path of notebooks) {
    await Deno.copyFile(path, `${notebookDir}/${path.split("/").pop()}`);
  }
  const env = {
    JUPYTER_DATA_DIR: `${root}/data`,
    JUPYTER_CONFIG_DIR: `${root}/config`,
    JUPYTER_RUNTIME_DIR: `${root}/runtime`,
    JUPYTER_PATH: `${root}/data`,
    NO_COLOR: "1",
    TZ: "UTC",
  };
  // The kernel the notebooks name, which opening a notebook starts: a stand-in (see above).
  await Deno.mkdir(`${root}/data/kernels/deno`, { recursive: true });
  await Deno.writeTextFile(
    `${root}/data/kernels/deno/kernel.json`,
    JSON.stringify({
      argv: ["sleep", "3600"],
      display_name: "Deno",
      language: "typescript",
    }),
  );
  const port = freePort();
  const token = crypto.randomUUID().replaceAll("-", "");
  const child = new Deno.Command("jupyter", {
    args: [
      "notebook",
      "--no-browser",
      "--ip=127.0.0.1",
      `--port=${port}`,
      "--port-retries=0",
      // CI runs as root; the server refuses root without this (and ignores it otherwise).
      "--allow-root",
      `--NotebookApp.token=${token}`,
      // No notebook here has maths; MathJax is most of the page's script work.
      "--NotebookApp.enable_mathjax=False",
      `--notebook-dir=${notebookDir}`,
    ],
    env,
    stdin: "null",
    stdout: "null",
    stderr: "piped",
  }).spawn();
  const log: string[] = [];
  const drained = (async () => {
    const decoder = new TextDecoder();
    for await (const chunk of child.stderr) log.push(decoder.decode(chunk));
  })();
  const kill = () => {
    try {
      child.kill("SIGTERM");
    } catch { /* already gone */ }
  };
  globalThis.addEventListener("unload", kill);
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    kill();
    await child.status;
    await drained.catch(() => {});
    globalThis.removeEventListener("unload", kill);
    await Deno.remove(root, { recursive: true }).catch(() => {});
  };
  let exited = false;
  child.status.then(() => exited = true);
  const deadline = Date.now() + 60_000;
  while (true) {
    if (exited) {
      await stop();
      throw new Error(`jupyter notebook exited:\n${log.join("")}`);
    }
    try {
      const response = await fetch(`${base}/api/status?token=${token}`);
      await response.body?.cancel();
      if (response.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`jupyter notebook did not answer in 60 s:\n${log.join("")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    base,
    token,
    notebookDir,
    env,
    notebookUrl: (name) => `${base}/notebooks/${encodeURIComponent(name)}?token=${token}`,
    stop,
  };
}

/**
 * Trusts one notebook of the server's copies (`jupyter trust`, in the server's own signature
 * database).
 *
 * @example
 * ```ts
 * import { startJupyterServer, trustNotebook } from "./jupyter_server.ts";
 * const server = await startJupyterServer(["notebooks/03-force-generation-and-industry.ipynb"]);
 * await trustNotebook(server, "03-force-generation-and-industry.ipynb");
 * await server.stop();
 * ```
 */
export async function trustNotebook(server: JupyterServer, name: string): Promise<void> {
  const { success, stderr } = await new Deno.Command("jupyter", {
    args: ["trust", `${server.notebookDir}/${name}`],
    env: server.env,
    stdout: "null",
    stderr: "piped",
  }).output();
  if (!success) throw new Error(`jupyter trust ${name}: ${new TextDecoder().decode(stderr)}`);
}
