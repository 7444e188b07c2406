import type { ModelProblemDto } from '../../../../shared/contract';
import { useEditor } from './EditorContext';

/** Problems next to the part of the form they are about; announced when they appear. */
export function InlineProblems({ problems }: { problems: readonly ModelProblemDto[] }) {
  const { problemText } = useEditor();
  if (problems.length === 0) return null;
  return (
    <ul className="inline-problems" role="alert">
      {problems.map((problem, i) => (
        <li key={`${problem.code}-${problem.path}-${i}`} data-problem={problem.code}>
          {problemText(problem)}
        </li>
      ))}
    </ul>
  );
}
