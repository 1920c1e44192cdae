@echo off
rem praksis @project.version@: the command line of a release, for Windows. Needs a JDK 17 (JAVA_HOME,
rem or java on the PATH); arguments and exit codes pass through unchanged.
setlocal
set "PRAKSIS_HOME=%~dp0.."
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
rem Class data sharing: the first run records an archive in the user's cache folder, later runs use it.
set "CDS="
if defined LOCALAPPDATA (
  if not exist "%LOCALAPPDATA%\praksis" mkdir "%LOCALAPPDATA%\praksis" 2>nul
  if exist "%LOCALAPPDATA%\praksis\praksis-@project.version@.jsa" (
    set "CDS=-XX:SharedArchiveFile=%LOCALAPPDATA%\praksis\praksis-@project.version@.jsa"
  ) else (
    set "CDS=-XX:ArchiveClassesAtExit=%LOCALAPPDATA%\praksis\praksis-@project.version@.jsa"
  )
)
rem OpenJDK 17.0.15 crashes when it records an archive after JGit's classes were loaded, as praksis
rem diff loads them: that run records nothing, the next does.
for %%a in (%*) do if /i "%%~a"=="diff" if not exist "%LOCALAPPDATA%\praksis\praksis-@project.version@.jsa" set "CDS="
rem serve records nothing either (it ends by Ctrl-C), and keeps the full compiler: it is long-lived.
set "JIT=-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:-UsePerfData"
for %%a in (%*) do if /i "%%~a"=="serve" (
  set "JIT="
  if not exist "%LOCALAPPDATA%\praksis\praksis-@project.version@.jsa" set "CDS="
)
"%JAVA%" %JIT% -XX:+UseSerialGC -Xss4m %CDS% -Xlog:cds=off -Xlog:cds+dynamic=off %PRAKSIS_JAVA_OPTS% -cp "%PRAKSIS_HOME%\lib\*" no.praksis.cli.Main %*
exit /b %ERRORLEVEL%
