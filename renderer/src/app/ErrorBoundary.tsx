import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
  componentStack: string;
  copied: boolean;
}

/**
 * Last line of defence for render errors. Bilingual and free of i18n/API dependencies,
 * because either of them may be what failed.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null, componentStack: '', copied: false };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.setState({ componentStack: info.componentStack ?? '' });
    console.error('render error', error);
  }

  private details(): string {
    const { error, componentStack } = this.state;
    return [
      `${error?.name ?? 'Error'}: ${error?.message ?? ''}`,
      `at ${new Date().toISOString()} · ${navigator.userAgent}`,
      error?.stack ?? '',
      componentStack.trim() ? `Component stack:${componentStack}` : '',
    ]
      .filter(Boolean)
      .join('\n');
  }

  private copy = () => {
    void navigator.clipboard
      .writeText(this.details())
      .then(() => this.setState({ copied: true }))
      .catch(() => {
        // Clipboard may be refused: select the text so the user can copy it by hand.
        const pre = document.getElementById('error-details');
        if (pre) window.getSelection()?.selectAllChildren(pre);
      });
  };

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="fatal" role="alert">
        <h1>页面出错了 · Something went wrong</h1>
        <p>程序界面遇到意外错误，您的数据未受影响。请重新加载；如果问题重复出现，请复制详细信息并发给技术支持。</p>
        <p lang="en">The screen hit an unexpected error; your data is not affected. Reload; if it happens again, copy the details and send them to support.</p>
        <div className="fatal-actions">
          <button type="button" className="button" onClick={this.copy}>
            {this.state.copied ? '已复制 · Copied' : '复制详细信息 · Copy details'}
          </button>
          <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
            重新加载 · Reload
          </button>
        </div>
        <pre id="error-details" className="fatal-details">
          {this.details()}
        </pre>
      </div>
    );
  }
}
