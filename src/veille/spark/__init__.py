"""Apache Spark edge: the same per-article pipeline as ``veille extract``, on a cluster.

``job`` reads articles and writes records (Parquet, partitioned by year and month) and a run
report; ``blocks`` resolves events block by block on the executors; ``load`` puts an output
folder into a database without Spark. ``worker`` holds what runs inside executor Python workers.
"""
