# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
RUN New-Item -ItemType Directory C:\app `
    -Force
COPY . C:\app\
WORKDIR C:\app
ENV PATH="C:\app\bin;C:\Windows\system32"
CMD ["C:\\app\\run.exe"]
