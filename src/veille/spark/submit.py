"""Entry file for spark-submit: the ``veille spark`` command with the same options.

    spark-submit --master yarn --archives veille-env.tar.gz#env \\
        --conf spark.pyspark.python=./env/bin/python \\
        "$(python -c 'import veille.spark.submit as m; print(m.__file__)')" \\
        --input s3a://bucket/news/ --output s3a://bucket/veille-out/
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> None:
    from veille.cli.spark import spark_cmd

    spark_cmd.main(args=argv, prog_name="veille spark", standalone_mode=True)


if __name__ == "__main__":
    # Run as a file, this folder comes first on sys.path, where job.py or run.py would shadow
    # any top-level module of that name: drop it.
    if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
        sys.path.pop(0)
    main()
