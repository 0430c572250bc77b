using Bydelsrapport.Commands;

return Cli.Run(args);
