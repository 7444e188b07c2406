/** Shown in a browser opened without the per-run token: the API would refuse every call. */
export function NoToken() {
  return (
    <div className="fatal" role="alert">
      <h1>九宫格客户分级 · Territory Grid</h1>
      <p>请使用启动时打印的完整地址打开（地址末尾带有 #token=…）。</p>
      <p lang="en">Open the full address printed at start-up (it ends with #token=…).</p>
    </div>
  );
}
