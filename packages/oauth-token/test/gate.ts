/**
 * A gate for holding answers back in tests: `wait()` resolves at once while the gate is open;
 * `hold()` closes it and returns the function that opens it again (releasing every waiter).
 */
export function gate(): { wait: () => Promise<void> | undefined; hold: () => () => void } {
  let closed: Promise<void> | undefined;
  return {
    wait: () => closed,
    hold() {
      let open = () => {};
      closed = new Promise((resolve) => {
        open = () => {
          closed = undefined;
          resolve();
        };
      });
      return open;
    },
  };
}
