/** The part of logic-solver 2.0.1 (CommonJS, untyped) the differential test and the bench use. */
declare module 'logic-solver' {
  type Term = string;
  type Formula = object;
  type Operand = Term | Formula;
  interface Solution {
    getTrueVars(): string[];
  }
  interface Solver {
    require(...operands: Operand[]): void;
    forbid(...operands: Operand[]): void;
    solve(): Solution | null;
    solveAssuming(assumption: Operand): Solution | null;
  }
  const Logic: {
    Solver: new () => Solver;
    or(...operands: Operand[]): Formula;
    and(...operands: Operand[]): Formula;
    not(operand: Operand): Operand;
    implies(a: Operand, b: Operand): Formula;
    atMostOne(...operands: Operand[]): Formula;
  };
  export default Logic;
}
