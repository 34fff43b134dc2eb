from intervision.cli import main

main()
