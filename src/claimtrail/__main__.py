from claimtrail.cli import main

main()
