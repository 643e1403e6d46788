from veille.cli.main import main

main()
