@echo off
rem Starts Valuenet Studio from this folder on a JDK 21+ (%JAVA_HOME%, else java on the PATH).
rem   VALUENET_WORKSPACE  workspace folder (default %USERPROFILE%\valuenet-workspace)
rem   VALUENET_EXAMPLES   examples to copy into a new workspace (default: none)
setlocal
set "here=%~dp0"
set "java=java"
if defined JAVA_HOME set "java=%JAVA_HOME%\bin\java"
set "launcher="
for %%f in ("%here%plugins\org.eclipse.equinox.launcher_*.jar") do set "launcher=%%f"
if not defined launcher (
  echo valuenet-studio: no plugins\org.eclipse.equinox.launcher_*.jar next to this script 1>&2
  exit /b 2
)
if not defined VALUENET_WORKSPACE set "VALUENET_WORKSPACE=%USERPROFILE%\valuenet-workspace"
set "examples="
if defined VALUENET_EXAMPLES set "examples=-Dvaluenet.examples=%VALUENET_EXAMPLES%"
cd /d "%here%"
"%java%" -Xms256m -Xmx2g -Dosgi.requiredJavaVersion=21 %examples% -jar "%launcher%" -data "%VALUENET_WORKSPACE%" %*
